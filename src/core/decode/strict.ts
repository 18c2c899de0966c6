/** The encodings Galley recognises by itself; an explicit label may name any WHATWG encoding. */
export type KnownEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

const BOMS: { encoding: KnownEncoding; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** The byte-order mark the bytes start with, if any. */
export function sniffBom(bytes: Uint8Array): { encoding: KnownEncoding; length: number } | null {
  for (const bom of BOMS) {
    if (bytes.length >= bom.bytes.length && bom.bytes.every((b, i) => bytes[i] === b)) {
      return { encoding: bom.encoding, length: bom.bytes.length };
    }
  }
  return null;
}

/** Canonical WHATWG name for a label ('GBK' → 'gbk', 'latin1' → 'windows-1252'), or null if unknown here. */
export function resolveLabel(label: string): string | null {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    // 'replacement' is the WHATWG sink for unsafe encodings such as ISO-2022-KR: it decodes nothing.
    return name === 'replacement' ? null : name;
  } catch {
    return null;
  }
}

/**
 * Node's ICU-backed Big5 is Microsoft's code page 950, laxer than WHATWG Big5: it turns the
 * invalid bytes 0x80 and 0xFF and the unassigned (or, in WHATWG, Hong Kong) areas into C1 controls
 * and private-use characters where a browser reports an error. WHATWG Big5 never yields either.
 */
const NOT_FROM_BIG5 = /[\x80-\x9f\ue000-\uf8ff]/;

/** Decodes without letting any byte become U+FFFD; null when the bytes are not clean in `encoding`. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  let text: string;
  try {
    // ignoreBOM: the caller strips the byte-order mark itself, so it knows whether there was one.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
  return encoding === 'big5' && NOT_FROM_BIG5.test(text) ? null : text;
}

const DISPLAY: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  gbk: 'GBK',
  big5: 'Big5',
};

/** How people write the encoding's name, for messages. */
export function displayName(encoding: string): string {
  return DISPLAY[encoding] ?? encoding;
}

export function isUtf16(encoding: string): boolean {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}
