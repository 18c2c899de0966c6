import { describe, expect, it } from 'vitest';
import { fixtureBytes, fixtureText } from './fixture-bytes.testutil.ts';
import { decode, DecodeError } from './index.ts';

const expected = JSON.parse(fixtureText('encodings/expected.json')) as Record<
  string,
  { encoding: string | null; text: string | null }
>;
const read = (name: string) => fixtureBytes(`encodings/${name}`);

function errorCode(name: string): string | undefined {
  try {
    decode(read(name));
  } catch (e) {
    if (e instanceof DecodeError) return e.code;
    throw e;
  }
  return undefined;
}

describe('decode: fixtures/encodings', () => {
  const texts = Object.entries(expected).filter(([name, e]) => e.text !== null && name !== 'empty.txt');

  it.each(texts)('decodes %s to the expected text and encoding', (name, e) => {
    const r = decode(read(name));
    expect(r.encoding).toBe(e.encoding);
    expect(r.text).toBe(e.text);
  });

  it('rejects empty.txt as empty rather than returning an empty text', () => {
    expect(errorCode('empty.txt')).toBe('empty');
  });

  it('rejects binary.bin as binary and undecodable.txt as undecodable', () => {
    expect(errorCode('binary.bin')).toBe('binary');
    expect(errorCode('undecodable.txt')).toBe('undecodable');
  });

  it('reports the warnings each fixture deserves', () => {
    const codes = (name: string) => decode(read(name)).warnings.map((w) => w.code);
    expect(codes('utf-8.txt')).toEqual(['zero-width-characters']);
    expect(codes('utf-8-bom.txt')).toEqual(['bom-removed', 'zero-width-characters']);
    expect(codes('mixed-line-endings.txt')).toContain('mixed-line-endings');
    expect(codes('utf-8-crlf.txt')).not.toContain('mixed-line-endings');
    expect(codes('gbk.txt')).toEqual([]);
  });
});
