/**
 * How plausible a decoding is as Chinese text, used to choose between GB18030 and Big5 when the
 * bytes decode cleanly as both. A wrong decoding scatters characters over the whole code table:
 * private-use code points, kana, bopomofo, Cyrillic, box drawing and rarely used ideographs; the
 * right one concentrates them on the few thousand characters newspapers actually print.
 */

/**
 * The characters of GB2312 level 1 (the 3,755 most used simplified characters) and Big5's
 * 常用字 (5,401 frequently used traditional ones), read out of the decoders themselves so that no
 * table has to be shipped.
 */
function commonIdeographs(): Set<string> {
  const set = new Set<string>();
  const gb = new TextDecoder('gb18030');
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) set.add(gb.decode(new Uint8Array([lead, trail])));
  }
  const big5 = new TextDecoder('big5');
  for (let lead = 0xa4; lead <= 0xc6; lead++) {
    const trails = lead === 0xc6 ? [0x40, 0x7e] : [0x40, 0x7e, 0xa1, 0xfe];
    for (let r = 0; r < trails.length; r += 2) {
      for (let trail = trails[r] as number; trail <= (trails[r + 1] as number); trail++) {
        set.add(big5.decode(new Uint8Array([lead, trail])));
      }
    }
  }
  set.delete('\ufffd');
  return set;
}

/**
 * The most frequent characters of Chinese news text, simplified and traditional, which rank two
 * decodings that both land only on common characters (short inputs such as a headline).
 */
const FREQUENT =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质七传此识满华新声马受法科广近采何才候造较东往报格验须论空斗育论' +
  '這個們來為國說時會對發後裡經麼學現當動還進從實軍無與長機開關點業將兩間問題見產種總結應設對當書頭親東車華萬記導數處戰黨產線統區號聽讓認識議論員報紙臺灣縣鄉區體選舉務術專業參證據醫際類傳達農歲';

/** Characters a right decoding of Chinese text rarely produces. */
const UNLIKELY: [number, number][] = [
  [0x0080, 0x009f], // C1 controls
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x2460, 0x259f], // enclosed alphanumerics, box drawing, blocks
  [0x3040, 0x312f], // kana, bopomofo
  [0x31a0, 0x31bf], // extended bopomofo
  [0x3200, 0x33ff], // enclosed CJK, compatibility squares
  [0xe000, 0xf8ff], // private use
  [0xf900, 0xfaff], // compatibility ideographs
  [0xfe30, 0xfe4f], // vertical forms
];

/** Punctuation and full-width forms that Chinese text prints around its characters. */
const PUNCTUATION: [number, number][] = [
  [0x00b7, 0x00b7],
  [0x2014, 0x2014],
  [0x2018, 0x2019],
  [0x201c, 0x201d],
  [0x2026, 0x2026],
  [0x3000, 0x3003],
  [0x3008, 0x3011],
  [0x3014, 0x301f],
  [0xff01, 0xff5e],
];

// Everything else is 0: neither evidence for nor against.
const GOOD = 1;
const BAD = 2;
const FREQUENT_FLAG = 4;

let classes: Uint8Array | null = null;

/** One byte per BMP code point: GOOD, BAD or 0, plus FREQUENT_FLAG. */
function classTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const [lo, hi] of UNLIKELY) t.fill(BAD, lo, hi + 1);
  for (const [lo, hi] of PUNCTUATION) t.fill(GOOD, lo, hi + 1);
  for (const ch of commonIdeographs()) t[ch.charCodeAt(0)] = GOOD;
  for (const ch of FREQUENT) t[ch.charCodeAt(0)] = (t[ch.charCodeAt(0)] as number) | FREQUENT_FLAG;
  return t;
}

/** Enough text to tell two decodings apart; scoring all of a 20 MB issue would only cost time. */
const SCORE_SAMPLE = 1 << 20;

export interface CjkScore {
  /** In [0, 1]: share of non-ASCII characters that are common ideographs or Chinese punctuation, less the share of unlikely ones. */
  plausibility: number;
  /** In [0, 1]: share of non-ASCII characters among the most frequent ones. */
  frequency: number;
  /** Non-ASCII characters seen. */
  total: number;
}

export function scoreCjk(text: string): CjkScore {
  classes ??= classTable();
  let total = 0;
  let good = 0;
  let bad = 0;
  let freq = 0;
  const end = Math.min(text.length, SCORE_SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xdc00 && c <= 0xdfff)) continue; // ASCII, or the second half of a pair
    total++;
    const k = classes[c] as number;
    if (k & FREQUENT_FLAG) freq++;
    if ((k & 3) === GOOD) good++;
    else if ((k & 3) === BAD) bad++;
  }
  if (total === 0) return { plausibility: 1, frequency: 0, total };
  return { plausibility: Math.max(0, (good - bad) / total), frequency: freq / total, total };
}
