import { toExport } from '../../core/export/index.ts';
import { segment } from '../../core/segment/index.ts';
import { SourceText } from '../../core/text.ts';
import { expectPositionals, parseCommandLine, stringOption } from '../args.ts';
import { readText } from '../input.ts';
import { EXIT_OK, type Io } from '../io.ts';
import { issueMetaFor, reportWarnings } from '../issue.ts';

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    encoding: { type: 'string' },
    pretty: { type: 'boolean' },
  });
  const [file] = expectPositionals(positionals, ['FILE']) as [string];
  const decoded = readText(file, stringOption(values, 'encoding'));
  reportWarnings(io, 'segment', file, decoded);
  const src = new SourceText(decoded.text);
  const meta = await issueMetaFor(file, decoded, src);
  const proposal = segment(decoded.text);
  const out = toExport(proposal.doc, src, meta, 'proposed');
  io.out(`${JSON.stringify(out, null, values.pretty ? 2 : undefined)}\n`);
  return EXIT_OK;
}
