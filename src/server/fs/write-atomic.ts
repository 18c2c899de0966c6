/**
 * Write a file so that readers only ever see the old content or the complete new one: the data goes
 * to a temporary file beside the target, is flushed to disk (fsync), and is renamed over the target
 * (atomic on POSIX filesystems); then the folder is flushed so the rename itself survives a crash.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicData = string | Uint8Array | AsyncIterable<Uint8Array | string>;

/** The temporary name for `path`: hidden, in the same folder (rename cannot cross filesystems). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

async function writeAll(path: string, data: AtomicData): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await handle.writeFile(data);
    } else {
      // writeFile on a handle continues from the current position and loops over short writes.
      for await (const chunk of data) await handle.writeFile(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some filesystems refuse to fsync a directory; the rename is still atomic there.
  }
}

export async function writeFileAtomic(path: string, data: AtomicData): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeAll(temp, data);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
  await syncFolder(dirname(path));
}
