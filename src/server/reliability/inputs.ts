/** Hostile import files for the fuzz tests: raw bytes built from the cases issue 7 lists. */
import fc from 'fast-check';
import { encodeLegacy } from '../../core/decode/legacy-encode.testutil.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

const unit = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '\r\n',
      '\r',
      '\n',
      '\n\n',
      '\u3000',
      '\u200b',
      '\u200c',
      '\u200d',
      '\ufeff',
      '\u200f',
      '\u202e',
      '\u200e',
      '\t',
      '𠀀',
      '𪚥',
      '𠮷',
      '记者',
      '本报讯',
      '（新华社）',
      '。',
      '\u0000',
    ),
  },
  { weight: 3, arbitrary: fc.constantFrom(...'头版新闻第一篇文章的正文记者张三衡阳日报社论'.split('')) },
);
export const hostileText = fc.string({ unit, maxLength: 400 });

/** Text the two-byte GB18030 test encoder can write: ASCII, common hanzi, full-width marks. */
const gbSafe = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'头版新闻第一篇文章的正文记者张三衡阳日报社论。，（）\u3000'.split('')),
    fc.constantFrom('\r\n', '\r', '\n', ' ', 'a', '1', '<', '>'),
  ),
  maxLength: 300,
});

export const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  hostileText.map(utf8),
  // Truncated UTF-8: cut anywhere, including inside a multi-byte sequence.
  fc.tuple(hostileText, fc.nat()).map(([s, n]) => {
    const b = utf8(s);
    return b.subarray(0, b.length ? n % b.length : 0);
  }),
  gbSafe.map((s) => encodeLegacy(s, 'gb18030')),
  // Truncated GB18030 (two- and four-byte sequences cut).
  fc.tuple(gbSafe, fc.nat()).map(([s, n]) => {
    const b = encodeLegacy(s, 'gb18030');
    return b.subarray(0, b.length ? n % b.length : 0);
  }),
  // Mixed encodings in one file.
  fc.tuple(gbSafe, hostileText).map(([a, b]) => concat(encodeLegacy(a, 'gb18030'), utf8(b))),
  fc
    .constantFrom(' \n\t\r\n', '\u3000\u3000\n\u3000', '\u200b\u200c\u200d\ufeff', '\u3000\u200b'.repeat(50))
    .map(utf8),
  // Valid text with stray random bytes spliced in.
  fc.tuple(hostileText, fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat()).map(([s, junk, n]) => {
    const b = utf8(s);
    const at = b.length ? n % b.length : 0;
    return concat(b.subarray(0, at), junk, b.subarray(at));
  }),
);

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
