/**
 * Bytes → the normalised source text every offset in Galley points into: BOM dropped, CRLF and CR
 * turned into LF, nothing else touched. Strict: a byte that does not decode is an error, never a
 * silent U+FFFD.
 */
import { binaryBytesReason, binaryTextReason } from './binary.ts';
import { DecodeError } from './errors.ts';
import { guessEncoding } from './guess.ts';
import { decodeStrict, displayName, isUtf16, resolveLabel, sniffBom } from './strict.ts';
import { textWarnings, type DecodeWarning } from './warnings.ts';

export { DecodeError, decodeErrorMessages, describeDecodeError } from './errors.ts';
export type { DecodeErrorCode, Lang } from './errors.ts';
export { resolveLabel as canonicalEncoding } from './strict.ts';
export { decodeWarningMessages, describeDecodeWarning } from './warnings.ts';
export type { DecodeWarning, DecodeWarningCode } from './warnings.ts';

export interface DecodeResult {
  /** Normalised: BOM dropped, CRLF and CR → LF, nothing else changed. */
  text: string;
  /** WHATWG name of the encoding used: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5' (or any named explicitly). */
  encoding: string;
  /** In [0, 1]. 1 for a BOM, an explicit encoding, or pure ASCII. */
  confidence: number;
  /** Machine codes with readable text, e.g. { code: 'mixed-line-endings', message: '…' }. */
  warnings: DecodeWarning[];
}

export interface DecodeOptions {
  /** Any WHATWG label ('gbk', 'big5', 'utf-16le', …): overrides the guess. */
  encoding?: string;
}

export const MAX_BYTES = 20 * 1024 * 1024;

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function bomFor(bytes: Uint8Array, encoding: string): number {
  const bom = sniffBom(bytes);
  return bom && bom.encoding === encoding ? bom.length : 0;
}

function assertNotBinary(reason: string | null): void {
  if (reason) throw new DecodeError('binary', `This looks like binary data, not text: ${reason}.`);
}

function finish(raw: string, encoding: string, confidence: number, bomRemoved: boolean): DecodeResult {
  const text = normaliseLineEndings(raw);
  return { text, encoding, confidence, warnings: textWarnings(raw, text, bomRemoved) };
}

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  if (bytes.length > MAX_BYTES) {
    throw new DecodeError(
      'too-large',
      `The file is ${bytes.length} bytes; the limit is ${MAX_BYTES} bytes (20 MB).`,
    );
  }

  if (options.encoding !== undefined) {
    const encoding = resolveLabel(options.encoding);
    if (!encoding)
      throw new DecodeError('unknown-encoding', `Unknown encoding: ${JSON.stringify(options.encoding)}.`);
    const bom = bomFor(bytes, encoding);
    const body = bytes.subarray(bom);
    if (body.length === 0) throw new DecodeError('empty', 'The file is empty.');
    if (!isUtf16(encoding)) assertNotBinary(binaryBytesReason(body));
    const raw = decodeStrict(body, encoding);
    if (raw === null)
      throw new DecodeError('undecodable', `The bytes are not valid ${displayName(encoding)}.`);
    if (isUtf16(encoding)) assertNotBinary(binaryTextReason(raw));
    return finish(raw, encoding, 1, bom > 0);
  }

  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (body.length === 0) throw new DecodeError('empty', 'The file holds only a byte-order mark.');
    if (!isUtf16(bom.encoding)) assertNotBinary(binaryBytesReason(body));
    // A byte-order mark is decisive: falling back to another encoding would decode the mark itself as text.
    const raw = decodeStrict(body, bom.encoding);
    if (raw === null) {
      throw new DecodeError(
        'undecodable',
        `The file starts with a ${displayName(bom.encoding)} byte-order mark but is not valid ${displayName(bom.encoding)}.`,
      );
    }
    if (isUtf16(bom.encoding)) assertNotBinary(binaryTextReason(raw));
    return finish(raw, bom.encoding, 1, true);
  }

  if (bytes.length === 0) throw new DecodeError('empty', 'The file is empty.');
  assertNotBinary(binaryBytesReason(bytes));
  const { guess, tried } = guessEncoding(bytes);
  if (!guess) {
    throw new DecodeError(
      'undecodable',
      `The bytes are not valid in any encoding tried (${tried.join(', ')}).`,
    );
  }
  return finish(guess.text, guess.encoding, guess.confidence, false);
}
