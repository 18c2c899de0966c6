import { isSpace } from '../text.ts';
import type { Lang } from './errors.ts';

export type DecodeWarningCode =
  | 'mixed-line-endings'
  | 'zero-width-characters'
  | 'bom-removed'
  | 'control-characters'
  | 'whitespace-only'
  | 'replacement-character-present';

export interface DecodeWarning {
  code: DecodeWarningCode;
  /** English, with the counts; UIs localise by `code` with `decodeWarningMessages`. */
  message: string;
}

export const decodeWarningMessages: Record<DecodeWarningCode, Record<Lang, string>> = {
  'mixed-line-endings': {
    en: 'The file mixes line endings (CRLF, LF, CR); all were converted to LF.',
    zh: '文件混用了多种换行符（CRLF、LF、CR），已统一为 LF。',
  },
  'zero-width-characters': {
    en: 'The text contains zero-width characters; they were kept.',
    zh: '文本含有零宽字符，已原样保留。',
  },
  'bom-removed': { en: 'The byte-order mark was removed.', zh: '已去除字节顺序标记（BOM）。' },
  'control-characters': {
    en: 'The text contains control characters; they were kept.',
    zh: '文本含有控制字符，已原样保留。',
  },
  'whitespace-only': {
    en: 'The text contains only whitespace.',
    zh: '文本只有空白字符。',
  },
  'replacement-character-present': {
    en: 'The source already contains replacement characters (�): text was lost before it reached Galley.',
    zh: '源文本中已含有替换字符（�）：部分文字在导入之前就已丢失。',
  },
};

export function describeDecodeWarning(code: DecodeWarningCode, lang: Lang = 'en'): string {
  return decodeWarningMessages[code][lang];
}

// U+FEFF counts here only past the start: a leading one is the BOM, removed before we look.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

function isAllSpace(text: string): boolean {
  for (const ch of text) if (!isSpace(ch)) return false;
  return true;
}

/** C0 controls other than tab, LF, FF and CR (CR is gone by now); form feeds separate pages in OCR output. */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) n++;
  }
  return n;
}

/** Line endings as found in the raw decoded text, before normalisation. */
export function lineEndingKinds(raw: string): { crlf: number; lf: number; cr: number } {
  const crlf = count(raw, /\r\n/g);
  return { crlf, lf: count(raw, /\n/g) - crlf, cr: count(raw, /\r/g) - crlf };
}

/** Warnings about the normalised text; `raw` is the decoded text before line endings were changed. */
export function textWarnings(raw: string, text: string, bomRemoved: boolean): DecodeWarning[] {
  const warnings: DecodeWarning[] = [];
  if (bomRemoved) warnings.push({ code: 'bom-removed', message: 'The byte-order mark was removed.' });
  const endings = lineEndingKinds(raw);
  const kinds = [endings.crlf, endings.lf, endings.cr].filter((n) => n > 0).length;
  if (kinds > 1) {
    warnings.push({
      code: 'mixed-line-endings',
      message: `Mixed line endings (${endings.crlf} CRLF, ${endings.lf} LF, ${endings.cr} CR) were all converted to LF.`,
    });
  }
  const zeroWidth = count(text, ZERO_WIDTH);
  if (zeroWidth > 0) {
    warnings.push({
      code: 'zero-width-characters',
      message: `${zeroWidth} zero-width character(s) were kept as they are.`,
    });
  }
  const controls = countControls(text);
  if (controls > 0) {
    warnings.push({
      code: 'control-characters',
      message: `${controls} control character(s) were kept as they are.`,
    });
  }
  const replacements = count(text, /\ufffd/g);
  if (replacements > 0) {
    warnings.push({
      code: 'replacement-character-present',
      message: `The source already contains ${replacements} replacement character(s) (U+FFFD).`,
    });
  }
  if (isAllSpace(text)) {
    warnings.push({ code: 'whitespace-only', message: 'The text contains only whitespace.' });
  }
  return warnings;
}
