import { readFileSync, statSync } from 'node:fs';
import { decode, DecodeError, MAX_BYTES, type DecodeResult } from '../core/decode/index.ts';
import { InputError, UsageError } from './io.ts';

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return e instanceof Error ? e.message : String(e);
}

/** The file's bytes, refusing directories and files over MAX_BYTES before reading them. */
export function readBytes(path: string): Uint8Array {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory`);
    if (stat.size > MAX_BYTES) {
      throw new InputError(
        `${path}: the file is ${stat.size} bytes; the limit is ${MAX_BYTES} bytes (20 MB)`,
      );
    }
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${path}: cannot read: ${describeFsError(e)}`);
  }
}

/** Reads and decodes a text file; every decoding failure becomes a one-line InputError. */
export function readText(path: string, encoding?: string): DecodeResult {
  const bytes = readBytes(path);
  try {
    return decode(bytes, encoding === undefined ? {} : { encoding });
  } catch (e) {
    // A wrong --encoding is a mistake on the command line, not in the file.
    if (e instanceof DecodeError && e.code === 'unknown-encoding') throw new UsageError(e.message);
    if (e instanceof DecodeError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
}

/** Reads a JSON file (UTF-8, BOM allowed). */
export function readJson(path: string): unknown {
  const { text } = readText(path, 'utf-8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${path}: invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}
