import { basename } from 'node:path';
import { toExport } from '../../core/export/index.ts';
import { score } from '../../core/score.ts';
import { segment } from '../../core/segment/index.ts';
import { SourceText } from '../../core/text.ts';
import { expectPositionals, parseCommandLine, stringOption } from '../args.ts';
import { readJson, readText } from '../input.ts';
import { EXIT_OK, InputError, type Io } from '../io.ts';
import { issueMetaFor, reportWarnings } from '../issue.ts';
import { pythonScoreLine } from '../python-json.ts';

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    verbose: { type: 'boolean', short: 'v' },
    prediction: { type: 'string' },
    encoding: { type: 'string' },
  });
  const [rawPath, goldPath] = expectPositionals(positionals, ['RAW', 'GOLD']) as [string, string];
  const decoded = readText(rawPath, stringOption(values, 'encoding'));
  reportWarnings(io, 'eval', rawPath, decoded);
  const gold = readJson(goldPath);
  const predictionPath = stringOption(values, 'prediction');
  let prediction: unknown;
  if (predictionPath !== undefined) {
    prediction = readJson(predictionPath);
  } else {
    const src = new SourceText(decoded.text);
    const meta = await issueMetaFor(rawPath, decoded, src);
    prediction = toExport(segment(decoded.text).doc, src, meta, 'proposed');
  }
  let scored: ReturnType<typeof score>;
  try {
    scored = score(decoded.text, gold, prediction, basename(rawPath));
  } catch (e) {
    // The scorer refuses gold files it cannot place on the text (overlaps, missing parts), as score.py does.
    throw new InputError(`${goldPath}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { result, details } = scored;
  if (values.verbose) for (const line of details) io.out(`${line}\n`);
  io.out(`${pythonScoreLine({ ...result })}\n`);
  return EXIT_OK;
}
