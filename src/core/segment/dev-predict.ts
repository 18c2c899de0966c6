/* eslint-disable no-restricted-imports -- a development script run with tsx, never bundled */
/**
 * Writes the prediction for a raw issue so the reference scorer can read it:
 *   npx tsx src/core/segment/dev-predict.ts RAW.txt OUT.json
 *   python3 ../shared/tools/score.py RAW.txt GOLD.json OUT.json -v
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { SourceText } from '../text.ts';
import { segment } from './index.ts';
import { toPrediction } from './prediction.ts';

const [raw, out] = process.argv.slice(2);
if (!raw || !out) {
  console.error('usage: dev-predict.ts RAW.txt OUT.json');
  process.exit(2);
}
const text = readFileSync(raw, 'utf8')
  .replace(/^\uFEFF/, '')
  .replace(/\r\n?/g, '\n');
const proposal = segment(text);
writeFileSync(out, JSON.stringify(toPrediction(proposal.doc, new SourceText(text)), null, 1));
