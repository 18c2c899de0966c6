/** A release written to disk (for `galley export`): a folder of files, one .zip, or one .jsonl. */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import type { IssueStatus } from '../../api/contract.ts';
import type { Database } from '../db/schema.ts';
import { writeFileAtomic } from '../fs/write-atomic.ts';
import { jsonlStream, releaseFiles, releasePaths, zipStream } from './release.ts';

export type ReleaseTarget = 'zip' | 'jsonl' | 'folder';

export function targetOf(out: string): ReleaseTarget {
  if (/\.zip$/i.test(out)) return 'zip';
  if (/\.jsonl$/i.test(out)) return 'jsonl';
  return 'folder';
}

/**
 * Every file goes through a temporary file, fsync and rename: a crash or a kill leaves each target
 * either as it was or complete. In a folder the manifest is written last, so a folder whose manifest
 * is new holds every file the manifest lists.
 */
export async function writeRelease(
  db: Kysely<Database>,
  ids: string[],
  out: string,
  options: { createdAt: string; status: IssueStatus },
): Promise<{ target: ReleaseTarget; files: number }> {
  const target = targetOf(out);
  if (target !== 'folder') await mkdir(dirname(out), { recursive: true });
  if (target === 'zip') {
    const paths = releasePaths(ids);
    await writeFileAtomic(out, zipStream(releaseFiles(db, ids, options), paths, new Date(options.createdAt)));
    return { target, files: paths.length };
  }
  if (target === 'jsonl') {
    await writeFileAtomic(out, jsonlStream(db, ids));
    return { target, files: 1 };
  }
  let files = 0;
  for await (const file of releaseFiles(db, ids, options)) {
    const path = join(out, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, file.data);
    files++;
  }
  return { target, files };
}
