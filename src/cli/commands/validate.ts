import { canonicalEncoding } from '../../core/decode/index.ts';
import { parseExport, validateExport } from '../../core/export/index.ts';
import { expectPositionals, parseCommandLine, stringOption } from '../args.ts';
import { readJson, readText } from '../input.ts';
import { EXIT_BAD_INPUT, EXIT_OK, type Io } from '../io.ts';
import { reportWarnings } from '../issue.ts';

export async function run(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, {
    source: { type: 'string' },
    encoding: { type: 'string' },
  });
  const [file] = expectPositionals(positionals, ['EXPORT.json']) as [string];
  const json = readJson(file);
  const sourcePath = stringOption(values, 'source');
  let source: string | undefined;
  if (sourcePath !== undefined) {
    // Decode the source the way the export says it was decoded, unless told otherwise: a guess
    // could differ on a short text and make a faithful export look tampered with.
    const shape = parseExport(json);
    const recorded = shape.ok
      ? (canonicalEncoding(shape.value.issue.source.encoding) ?? undefined)
      : undefined;
    const decoded = readText(sourcePath, stringOption(values, 'encoding') ?? recorded);
    reportWarnings(io, 'validate', sourcePath, decoded);
    source = decoded.text;
  }
  const check = await validateExport(json, source);
  if (check.ok) {
    io.out('valid\n');
    return EXIT_OK;
  }
  for (const problem of check.errors) io.out(`${problem}\n`);
  io.err(`galley validate: ${file}: ${check.errors.length} problem${check.errors.length === 1 ? '' : 's'}\n`);
  return EXIT_BAD_INPUT;
}
