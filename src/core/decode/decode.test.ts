import { describe, expect, it } from 'vitest';
import { decode, DecodeError, MAX_BYTES, type DecodeErrorCode } from './index.ts';
import { fixtureText } from './fixture-bytes.testutil.ts';
import { encodeLegacy } from './legacy-encode.testutil.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);
const sample = fixtureText('samples/hengyang-evening-news.txt');
const traditional =
  '臺灣的報紙每天早上送到讀者手中。記者昨日在臺北市政府採訪時表示，這項政策將從明年開始實施，預計會對經濟發展產生重要影響。';

function utf16(s: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (order === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

function codeOf(fn: () => unknown): DecodeErrorCode | 'no error' {
  try {
    fn();
  } catch (e) {
    if (e instanceof DecodeError) return e.code;
    throw e;
  }
  return 'no error';
}

const warningCodes = (b: Uint8Array, encoding?: string) =>
  decode(b, { encoding }).warnings.map((w) => w.code);

describe('decode: encodings', () => {
  it('reads UTF-8 without a BOM and keeps the text as it is', () => {
    const r = decode(utf8(sample));
    expect(r.text).toBe(sample);
    expect(r.encoding).toBe('utf-8');
    expect(r.confidence).toBeGreaterThan(0.9);
    expect(r.warnings).toEqual([]);
  });

  it('is fully confident about pure ASCII, which reads the same in every candidate', () => {
    expect(decode(utf8('Page A02\n')).confidence).toBe(1);
  });

  it('drops a UTF-8 BOM and says so', () => {
    const r = decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('你好\n')]));
    expect(r).toMatchObject({ text: '你好\n', encoding: 'utf-8', confidence: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual(['bom-removed']);
  });

  it('reads UTF-16 LE and BE by their BOM, astral characters included', () => {
    const text = '衡阳晚报 𠀀\r\n第二行';
    for (const order of ['le', 'be'] as const) {
      const r = decode(utf16(text, order));
      expect(r.text).toBe('衡阳晚报 𠀀\n第二行');
      expect(r.encoding).toBe(`utf-16${order}`);
      expect(r.confidence).toBe(1);
    }
  });

  it('reads GB18030 bytes of 你好', () => {
    const r = decode(bytes(0xc4, 0xe3, 0xba, 0xc3));
    expect(r.text).toBe('你好');
    expect(r.encoding).toBe('gb18030');
  });

  it('reads Big5 bytes of 你好', () => {
    const r = decode(bytes(0xa7, 0x41, 0xa6, 0x6e));
    expect(r.text).toBe('你好');
    expect(r.encoding).toBe('big5');
  });

  it('reads a whole GBK issue as GB18030 with high confidence', () => {
    const r = decode(encodeLegacy(sample, 'gb18030'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(sample);
    expect(r.confidence).toBeGreaterThan(0.9);
  });

  it('reads GB18030 four-byte sequences (characters outside GBK)', () => {
    // U+20000 𠀀 is 95 32 82 36 in GB18030.
    const r = decode(new Uint8Array([...encodeLegacy('姓名：', 'gb18030'), 0x95, 0x32, 0x82, 0x36]));
    expect(r).toMatchObject({ text: '姓名：𠀀', encoding: 'gb18030' });
  });

  it('prefers Big5 for traditional text that also decodes as GB18030', () => {
    const b = encodeLegacy(traditional, 'big5');
    expect(new TextDecoder('gb18030', { fatal: true }).decode(b)).not.toBe(traditional);
    const r = decode(b);
    expect(r).toMatchObject({ text: traditional, encoding: 'big5' });
    expect(r.confidence).toBeGreaterThan(0.8);
  });

  it('prefers GB18030 for traditional characters written in GB18030', () => {
    const r = decode(encodeLegacy(traditional, 'gb18030'));
    expect(r).toMatchObject({ text: traditional, encoding: 'gb18030' });
  });

  it('is less confident about two characters than about a whole issue', () => {
    const short = decode(bytes(0xc4, 0xe3, 0xba, 0xc3)).confidence;
    const long = decode(encodeLegacy(sample, 'gb18030')).confidence;
    expect(short).toBeLessThan(long);
    expect(short).toBeGreaterThan(0.5);
  });
});

describe('decode: explicit encoding', () => {
  it('overrides the guess, with full confidence', () => {
    const r = decode(bytes(0xc4, 0xe3, 0xba, 0xc3), { encoding: 'big5' });
    expect(r).toMatchObject({ text: '斕疑', encoding: 'big5', confidence: 1 });
  });

  it('accepts any WHATWG label and reports the canonical name', () => {
    expect(decode(bytes(0xc4, 0xe3, 0xba, 0xc3), { encoding: 'GBK' }).encoding).toBe('gbk');
    expect(decode(bytes(0xe9), { encoding: 'latin1' })).toMatchObject({
      text: 'é',
      encoding: 'windows-1252',
    });
  });

  it('drops a matching BOM', () => {
    const r = decode(utf16('a\r\nb', 'be'), { encoding: 'utf-16be' });
    expect(r.text).toBe('a\nb');
    expect(r.warnings.map((w) => w.code)).toEqual(['bom-removed']);
  });

  it('decodes BOM-less UTF-16 when told to', () => {
    expect(decode(utf16('版面A02', 'le', false), { encoding: 'utf-16le' }).text).toBe('版面A02');
  });

  it('rejects an unknown label or one that decodes nothing', () => {
    expect(codeOf(() => decode(utf8('x'), { encoding: 'klingon' }))).toBe('unknown-encoding');
    expect(codeOf(() => decode(utf8('x'), { encoding: 'iso-2022-kr' }))).toBe('unknown-encoding');
  });

  it('rejects bytes that are not clean in the named encoding instead of replacing them', () => {
    expect(codeOf(() => decode(bytes(0xc4, 0xe3, 0xba, 0xc3), { encoding: 'utf-8' }))).toBe('undecodable');
  });
});

describe('decode: rejections', () => {
  it('rejects bytes that no candidate decodes, naming the encodings tried', () => {
    // 0xFF starts no character in UTF-8, GB18030 or Big5.
    let error: unknown;
    try {
      decode(bytes(0x41, 0xff, 0x42));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).code).toBe('undecodable');
    expect((error as DecodeError).message).toMatch(/UTF-8.*GB18030.*Big5|UTF-8.*Big5.*GB18030/);
  });

  it('rejects bytes that only a lax Big5 (code page 950) would accept', () => {
    // A4 40 is 一 in Big5, but 0xFF starts nothing: WHATWG Big5 and GB18030 both refuse it.
    expect(codeOf(() => decode(bytes(0xa4, 0x40, 0xff)))).toBe('undecodable');
    expect(codeOf(() => decode(bytes(0xa4, 0x40, 0x80), { encoding: 'big5' }))).toBe('undecodable');
  });

  it('rejects a UTF-8 BOM followed by bytes that are not UTF-8', () => {
    expect(codeOf(() => decode(bytes(0xef, 0xbb, 0xbf, 0xc4, 0xe3)))).toBe('undecodable');
  });

  it('rejects odd-length UTF-16', () => {
    expect(codeOf(() => decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x42)))).toBe('undecodable');
  });

  it('rejects a NUL byte as binary', () => {
    expect(codeOf(() => decode(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x41)))).toBe('binary');
  });

  it('suggests naming the encoding when the zeros look like BOM-less UTF-16', () => {
    expect(() => decode(utf16('Page A02 衡阳晚报', 'le', false))).toThrow(/utf-16le/);
    expect(() => decode(utf16('Page A02 衡阳晚报', 'be', false))).toThrow(/utf-16be/);
  });

  it('rejects a high share of control characters as binary', () => {
    expect(codeOf(() => decode(utf8('ab\x01\x02\x03\x04cdefgh')))).toBe('binary');
  });

  it('rejects UTF-16 text holding U+0000 as binary, while ordinary UTF-16 has zero bytes and passes', () => {
    expect(codeOf(() => decode(utf16('a\0b', 'le')))).toBe('binary');
    expect(codeOf(() => decode(utf16('abc', 'le')))).toBe('no error');
  });

  it('rejects empty input and input that is only a BOM', () => {
    expect(codeOf(() => decode(new Uint8Array()))).toBe('empty');
    expect(codeOf(() => decode(bytes(0xef, 0xbb, 0xbf)))).toBe('empty');
    expect(codeOf(() => decode(bytes(0xff, 0xfe)))).toBe('empty');
    expect(codeOf(() => decode(bytes(0xfe, 0xff), { encoding: 'utf-16be' }))).toBe('empty');
  });

  it('rejects input over MAX_BYTES and accepts input of exactly MAX_BYTES', () => {
    expect(codeOf(() => decode(new Uint8Array(MAX_BYTES + 1)))).toBe('too-large');
    expect(codeOf(() => decode(new Uint8Array(MAX_BYTES).fill(0x61)))).toBe('no error');
  });
});

describe('decode: normalisation and warnings', () => {
  it('turns CRLF and lone CR into LF without complaining about consistent CRLF', () => {
    const r = decode(utf8('一\r\n二\r\n三'));
    expect(r.text).toBe('一\n二\n三');
    expect(r.warnings).toEqual([]);
    expect(decode(utf8('一\r二\r')).text).toBe('一\n二\n');
  });

  it('warns about mixed line endings', () => {
    const r = decode(utf8('一\r\n二\n三\r四'));
    expect(r.text).toBe('一\n二\n三\n四');
    expect(r.warnings.map((w) => w.code)).toEqual(['mixed-line-endings']);
    expect(r.warnings[0]?.message).toContain('1 CRLF, 1 LF, 1 CR');
  });

  it('keeps full-width spaces and zero-width characters, warning about the latter', () => {
    const r = decode(utf8('\u3000\u3000记者\u200b陈润'));
    expect(r.text).toBe('\u3000\u3000记者\u200b陈润');
    expect(warningCodes(utf8('\u3000\u3000记者\u200b陈润'))).toEqual(['zero-width-characters']);
    expect(warningCodes(utf8('\u3000\u3000记者'))).toEqual([]);
  });

  it('keeps a few stray control characters, warning about them', () => {
    const text = '第一版\x07内容详情，返回该版首页\f下一版';
    expect(decode(utf8(text)).text).toBe(text);
    expect(warningCodes(utf8(text))).toEqual(['control-characters']);
  });

  it('warns when the text is only whitespace', () => {
    expect(warningCodes(utf8(' \n\u3000\t'))).toEqual(['whitespace-only']);
  });

  it('keeps a U+FFFD that was already in the source and warns about it', () => {
    const r = decode(utf8('损坏\ufffd的字'));
    expect(r.text).toBe('损坏\ufffd的字');
    expect(r.warnings.map((w) => w.code)).toEqual(['replacement-character-present']);
  });
});
