import { analyse } from 'chardet';
import { scoreCjk } from './cjk-score.ts';
import { decodeStrict, displayName } from './strict.ts';

export type GuessedEncoding = 'utf-8' | 'gb18030' | 'big5';

export interface Guess {
  encoding: GuessedEncoding;
  /** Decoded, not yet normalised. */
  text: string;
  confidence: number;
}

/** chardet reads the whole buffer it is given; a sample ranks candidates as well as 20 MB would. */
const CHARDET_SAMPLE = 256 * 1024;
const FROM_CHARDET: Record<string, GuessedEncoding> = { 'UTF-8': 'utf-8', GB18030: 'gb18030', Big5: 'big5' };
/** A guess is never as sure as a byte-order mark or an encoding the user named. */
const MAX_GUESS_CONFIDENCE = 0.99;

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Picks the encoding of BOM-less bytes: strict UTF-8 first (valid multi-byte UTF-8 almost never
 * happens by chance), then GB18030 and Big5 in chardet's order. When both of those decode cleanly,
 * the one whose characters look like Chinese text wins. Returns null when nothing decodes cleanly;
 * `tried` then lists what was attempted.
 */
export function guessEncoding(bytes: Uint8Array): { guess: Guess | null; tried: string[] } {
  const ranking = analyse(bytes.subarray(0, CHARDET_SAMPLE));
  const chardetConfidence = (enc: GuessedEncoding): number =>
    (ranking.find((m) => FROM_CHARDET[m.name] === enc)?.confidence ?? 0) / 100;

  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) {
    // Pure ASCII reads the same in every candidate, so the choice cannot be wrong.
    const confidence = isAscii(bytes)
      ? 1
      : clamp(chardetConfidence('utf-8') || 0.8, 0.5, MAX_GUESS_CONFIDENCE);
    return { guess: { encoding: 'utf-8', text: utf8, confidence }, tried: ['UTF-8'] };
  }

  const order: GuessedEncoding[] = [];
  for (const m of ranking) {
    const enc = FROM_CHARDET[m.name];
    if (enc && enc !== 'utf-8' && !order.includes(enc)) order.push(enc);
  }
  for (const enc of ['gb18030', 'big5'] as const) if (!order.includes(enc)) order.push(enc);

  const decoded: { encoding: GuessedEncoding; text: string; score: number; plausibility: number }[] = [];
  for (const encoding of order) {
    const text = decodeStrict(bytes, encoding);
    if (text === null) continue;
    const cjk = scoreCjk(text);
    // Plausibility separates right from wrong on any real text; frequency and chardet break ties on
    // a few characters, where every decoding may land on common ideographs.
    const score = cjk.plausibility + 0.5 * cjk.frequency + 0.1 * chardetConfidence(encoding);
    decoded.push({ encoding, text, score, plausibility: cjk.plausibility });
  }
  const tried = ['UTF-8', ...order.map(displayName)];
  decoded.sort((a, b) => b.score - a.score);
  const [best, second] = decoded;
  if (!best) return { guess: null, tried };
  const sureness = 0.5 + 0.5 * best.plausibility;
  const confidence = second ? clamp(0.5 + (best.score - second.score) / 2, 0.5, 1) * sureness : sureness;
  return {
    guess: {
      encoding: best.encoding,
      text: best.text,
      confidence: clamp(confidence, 0, MAX_GUESS_CONFIDENCE),
    },
    tried,
  };
}
