/* eslint-disable no-restricted-imports -- test helper: reads fixture files from disk under vitest */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScoreResult } from '../score.ts';
import { score } from '../score.ts';
import { SourceText } from '../text.ts';
import { segment } from './index.ts';
import { toPrediction } from './prediction.ts';

export const ROOT = join(import.meta.dirname, '..', '..', '..');

export function readText(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
}

/** Segments a raw issue and scores it against its gold file with the scorer port. */
export function scoreFile(txt: string): { result: ScoreResult; details: string[] } {
  const text = readText(txt);
  const gold: unknown = JSON.parse(readFileSync(txt.replace(/\.txt$/, '.gold.json'), 'utf8'));
  const proposal = segment(text);
  return score(text, gold, toPrediction(proposal.doc, new SourceText(text)), txt);
}

/** Every `*.txt` with a `.gold.json` beside it in the given fixture folders. */
export function goldFixtures(...dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      if (f.endsWith('.txt') && existsSync(join(abs, f.replace(/\.txt$/, '.gold.json'))))
        out.push(join(abs, f));
    }
  }
  return out;
}
