/**
 * Test helper: encodes text as GB18030 (two-byte part only) or Big5 by inverting the platform's
 * decoders, since TextEncoder only writes UTF-8.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  // Big5 leads below 0xA1 are Hong Kong extensions that duplicate standard characters; encoders skip them.
  const firstLead = encoding === 'big5' ? 0xa1 : 0x81;
  for (let lead = firstLead; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (!map.has(ch)) map.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  tables.set(encoding, map);
  return map;
}

export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const bytes = map.get(ch);
    if (!bytes) throw new Error(`${JSON.stringify(ch)} has no two-byte ${encoding} code`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}
