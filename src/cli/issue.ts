import { basename } from 'node:path';
import type { DecodeResult } from '../core/decode/index.ts';
import { parseIssueFileName } from '../core/filename.ts';
import { sha256Hex } from '../core/hash.ts';
import type { IssueMeta } from '../core/model.ts';
import type { SourceText } from '../core/text.ts';
import type { Io } from './io.ts';

/** IssueMeta for a raw file: publication, date and edition from its name, id from its text's hash. */
export async function issueMetaFor(path: string, decoded: DecodeResult, src: SourceText): Promise<IssueMeta> {
  const filename = basename(path);
  const sha256 = await sha256Hex(decoded.text);
  return {
    id: sha256.slice(0, 12),
    ...parseIssueFileName(filename),
    source: { filename, sha256, encoding: decoded.encoding, length: src.length },
  };
}

/** Decoding warnings go to stderr, one line each, so stdout stays pure JSON. */
export function reportWarnings(io: Io, command: string, path: string, decoded: DecodeResult): void {
  for (const w of decoded.warnings) io.err(`galley ${command}: warning: ${path}: ${w.message}\n`);
}
