/**
 * Every `galley` command by name. Modules are imported lazily: keep imports of command modules
 * inside the `load` callbacks, so `galley segment` never loads the server or the database.
 * To add one: `name: lazyCommand(summary, usage, () => import('./name.ts'))`, where the module
 * exports `run(argv, io): Promise<number>` and throws UsageError / InputError (../io.ts) for
 * exit codes 2 / 1.
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
  serve: lazyCommand(
    'Run the web app and API on one port (default http://localhost:8080)',
    `Usage: galley serve [--port N] [--host H]

Serves the built web app (dist/) and the API. Uses ./data/galley.db (GALLEY_DB overrides) or
PostgreSQL when DATABASE_URL=postgres://… is set; runs the migrations first. On the first start it
creates the account "admin" and prints its password once (GALLEY_ADMIN_PASSWORD sets it instead).

Options:
  --port N   listen on port N (default: PORT or 8080)
  --host H   listen on address H (default: HOST or localhost; 0.0.0.0 for the whole network)`,
    () => import('./serve.ts'),
  ),
  users: lazyCommand(
    'Add, list or reset the password of accounts',
    `Usage: galley users add NAME --role R [--display-name D] [--password-stdin]
       galley users passwd NAME [--password-stdin]
       galley users list

Works on the server's database (GALLEY_DB or DATABASE_URL). The password is asked on the terminal
without echo, or read from stdin with --password-stdin (e.g. printf %s "$PW" | galley users add …).

Options:
  --role R          editor, supervisor or admin
  --display-name D  the name shown in the app (default: NAME)
  --password-stdin  read the password from stdin instead of asking`,
    () => import('./users.ts'),
  ),
  import: lazyCommand(
    'Import raw issue texts into the server database',
    `Usage: galley import DIR|FILE… [--publication P] [--encoding E]

Imports every .txt file under each DIR (recursively) and each FILE into the server's database
(GALLEY_DB or DATABASE_URL), segmenting each into a proposal. Files already imported (same text)
are reported as duplicates. Prints a summary; exits 1 if any file failed.

Options:
  --publication P  the publication for every file (default: read from each file name)
  --encoding E     decode every file as E (default: detect)`,
    () => import('./import.ts'),
  ),
  export: lazyCommand(
    'Write exports and source texts of many issues to a folder, a .zip or a .jsonl',
    `Usage: galley export --out DIR|FILE.zip|FILE.jsonl [--status S] [--since DATE] [--publication P] [--from D] [--to D]

Writes, from the server's database (GALLEY_DB or DATABASE_URL), every selected issue as
<id>/export.json and <id>/source.txt (the text as imported, normalised, UTF-8) plus a manifest.json
listing each file's sha256 — into DIR, or into one FILE.zip; FILE.jsonl holds one {export, source}
line per issue. Approved issues get their frozen approved export. Every file is written to a
temporary file, flushed and renamed, so a crash never leaves a partial file.

Options:
  --out PATH        a folder, a .zip or a .jsonl file (required)
  --status S        approved (default), submitted, in_progress, changes_requested or proposed
  --since DATE      approved (or, for other statuses, last changed) on or after DATE
  --publication P   only this publication
  --from D, --to D  issue dates, inclusive (YYYY-MM-DD)`,
    () => import('./export.ts'),
  ),
};
