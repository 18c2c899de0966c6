/**
 * Every `galley` command by name. Modules are imported lazily: keep imports of command modules
 * inside the `load` callbacks.
 */
import { lazyCommand, type Command } from './types.ts';

export type { Command, CommandModule } from './types.ts';

export const commands: Record<string, Command> = {
  segment: lazyCommand(
    'Segment a raw issue text and print the proposal as export JSON',
    `Usage: galley segment FILE [--encoding E] [--pretty]

Decodes FILE (UTF-8, UTF-16 with BOM, GB18030/GBK or Big5, guessed unless --encoding names one),
runs the automatic segmenter and prints a galley.export/1 document with status "proposed".

Options:
  --encoding E   decode FILE as E (any WHATWG label: utf-8, gbk, gb18030, big5, utf-16le, …)
  --pretty       indent the JSON`,
    () => import('./segment.ts'),
  ),
  validate: lazyCommand(
    'Check an export JSON file against the schema and, given its source, the text',
    `Usage: galley validate EXPORT.json [--source FILE] [--encoding E]

Checks EXPORT.json against the galley.export/1 schema and the document invariants. With --source,
also checks the source's sha256 and length, and that every non-whitespace character is covered.
Prints "valid" (exit 0) or one problem per line (exit 1).

Options:
  --source FILE  the raw issue text the export was made from
  --encoding E   decode FILE as E (default: the encoding recorded in the export)`,
    () => import('./validate.ts'),
  ),
  eval: lazyCommand(
    'Score the segmenter (or an export) against a gold segmentation',
    `Usage: galley eval RAW GOLD [--verbose] [--prediction EXPORT.json] [--encoding E]

Segments RAW and scores the proposal against the gold file GOLD, printing the same JSON line as
tools/score.py. --verbose prints the per-article lines first.

Options:
  --verbose, -v           one line per gold article before the summary
  --prediction EXPORT     score this export instead of a fresh proposal
  --encoding E            decode RAW as E`,
    () => import('./eval.ts'),
  ),
};
