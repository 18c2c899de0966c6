/** STUB: bytes → normalised text. The decode work replaces the body, keeping the signature. */
export type DecodeErrorCode = 'empty' | 'binary' | 'undecodable' | 'too-large' | 'unknown-encoding';

export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  constructor(code: DecodeErrorCode, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
  }
}

export interface DecodeResult {
  /** Normalised: BOM dropped, CRLF and CR → LF, nothing else changed. */
  text: string;
  /** WHATWG label of the encoding used: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'. */
  encoding: string;
  /** In [0, 1]. 1 for a BOM or an explicit encoding. */
  confidence: number;
  /** Machine codes with readable text, e.g. { code: 'mixed-line-endings', message: '…' }. */
  warnings: { code: string; message: string }[];
}

export const MAX_BYTES = 20 * 1024 * 1024;

export function decode(bytes: Uint8Array, options: { encoding?: string } = {}): DecodeResult {
  void options;
  return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', confidence: 1, warnings: [] };
}
