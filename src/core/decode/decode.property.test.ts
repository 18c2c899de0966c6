import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from './index.ts';

const normalise = (s: string) => s.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
/** A C0 control other than tab, LF, FF and CR: what the binary check counts. */
const hasControl = (s: string) =>
  [...s].some((c) => c < ' ' && c !== '\t' && c !== '\n' && c !== '\f' && c !== '\r');

const textUnit = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => !hasControl(c)),
  fc.constantFrom('\r', '\n', '\r\n', '\t', '\f', '\u3000', '\u200b', '\ufeff', '衡', '阳'),
);

describe('decode: properties', () => {
  it('decodes any text encoded as UTF-8 back to its normalised form', () => {
    fc.assert(
      fc.property(fc.string({ unit: textUnit, minLength: 1 }), (s) => {
        const expected = normalise(s);
        fc.pre(expected.length > 0);
        expect(decode(new TextEncoder().encode(s)).text).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects UTF-8 text with control characters only as binary, otherwise decodes it faithfully', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', minLength: 1 }), (s) => {
        try {
          expect(decode(new TextEncoder().encode(s)).text).toBe(normalise(s));
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
          expect((e as DecodeError).code).toBe('binary');
          expect(hasControl(s)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('throws nothing but DecodeError on random bytes, and never leaves a CR in the text', () => {
    const anyBytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // High bytes only: the double-byte CJK encodings' territory, where guessing happens.
      fc.uint8Array({ min: 0x40, max: 0xff, maxLength: 300 }),
    );
    fc.assert(
      fc.property(anyBytes, (b) => {
        try {
          const r = decode(b);
          expect(r.text).not.toContain('\r');
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
        } catch (e) {
          expect(e).toBeInstanceOf(DecodeError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
