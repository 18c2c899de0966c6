export type DecodeErrorCode = 'empty' | 'binary' | 'undecodable' | 'too-large' | 'unknown-encoding';

/** Thrown for input that cannot become a source text. `message` is English; UIs localise by `code`. */
export class DecodeError extends Error {
  readonly code: DecodeErrorCode;
  constructor(code: DecodeErrorCode, message: string) {
    super(message);
    this.name = 'DecodeError';
    this.code = code;
  }
}

export type Lang = 'en' | 'zh';

/** Generic wording per code, for UIs and API responses that localise rather than echo `message`. */
export const decodeErrorMessages: Record<DecodeErrorCode, Record<Lang, string>> = {
  empty: { en: 'The file is empty.', zh: '文件为空。' },
  binary: {
    en: 'The file looks like binary data, not text.',
    zh: '该文件看起来是二进制数据，而不是文本。',
  },
  undecodable: {
    en: 'The text could not be decoded as UTF-8, UTF-16, GB18030 or Big5.',
    zh: '无法按 UTF-8、UTF-16、GB18030 或 Big5 解码该文本。',
  },
  'too-large': { en: 'The file is larger than 20 MB.', zh: '文件超过 20 MB。' },
  'unknown-encoding': { en: 'The encoding name is not known.', zh: '无法识别该编码名称。' },
};

export function describeDecodeError(code: DecodeErrorCode, lang: Lang = 'en'): string {
  return decodeErrorMessages[code][lang];
}
