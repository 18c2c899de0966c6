/**
 * Test helper run as a child process: starts an atomic write of `target`, writes the first megabyte,
 * says "half" on stdout and then hangs, so the test can kill it in the middle of the write.
 */
import { writeFileAtomic } from './write-atomic.ts';

const target = process.argv[2];
if (!target) throw new Error('usage: write-atomic.child.ts TARGET');

async function* halfThenHang(): AsyncGenerator<Uint8Array> {
  yield new Uint8Array(1024 * 1024).fill(0x4e); // 'N'
  // The writer asks for the next chunk only after writing this one: the megabyte is in the file now.
  process.stdout.write('half\n');
  await new Promise(() => {});
}

await writeFileAtomic(target, halfThenHang());
