/* eslint-disable no-restricted-imports -- a development script run with tsx, never bundled */
/**
 * Times the segmenter on a 1,000,000-character issue made by repeating raw issue texts:
 *   npx tsx src/core/segment/dev-bench.ts [RAW.txt ...]   (default: the sample and the dev fixtures)
 * Prints the minimum and median of wall and CPU time over 15 runs after a warm-up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from './index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const layouts = join(root, 'fixtures', 'layouts');
const given = process.argv.slice(2);
const files = given.length
  ? given
  : [
      join(root, 'fixtures', 'samples', 'hengyang-evening-news.txt'),
      ...readdirSync(layouts)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(layouts, f)),
    ];
const parts = files.map((f) => readFileSync(f, 'utf8').replace(/\r\n?/g, '\n'));
let text = '';
while (text.length < 1_000_000) for (const p of parts) text += `${p}\n\n`;
text = text.slice(0, 1_000_000);

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (let k = 0; k < 3; k++) segment(text);
const wall: number[] = [];
const cpu: number[] = [];
let articles = 0;
for (let k = 0; k < 15; k++) {
  const w = performance.now();
  const c = cpuMs();
  articles = segment(text).doc.articles.length;
  cpu.push(cpuMs() - c);
  wall.push(performance.now() - w);
}
const stat = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${(s[0] as number).toFixed(1)} ms, median ${(s[7] as number).toFixed(1)} ms`;
};
console.log(`${text.length} characters from ${files.length} files, ${articles} articles`);
console.log(`wall: ${stat(wall)}; cpu: ${stat(cpu)}`);
