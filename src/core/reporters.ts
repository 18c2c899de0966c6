import type { Reporter } from './model.ts';
import { HAN, ROLE, ROLE_WORDS, ZH_DATE } from './segment/patterns.ts';
import { placeSuffix } from './segment/places.ts';

/** The reporter roles an editor picks from (the parser also reads traditional and rarer variants). */
export const REPORTER_ROLES = [
  '记者',
  '全媒体记者',
  '本报记者',
  '新华社记者',
  '通讯员',
  '实习生',
  '见习记者',
  '特约记者',
  '摄影记者',
] as const;

const ROLE_AT = new RegExp(ROLE, 'g');
const HAN_ONLY = new RegExp(`^[${HAN}]{2,4}(?:[·•][${HAN}]{1,8})?$`);

/** Words that end a reporter list: a place with 报道 after it, 摄 for a photographer, etc. */
const REPORTED = /(?:报道|報道|报导|報導|摄|攝|供图|供圖)$/;
const AGENCIES =
  /^(?:the\s+)?(?:associated press|united press|international news service|reuters|ap|up|ins|staff correspondent|special correspondent|our own correspondent|universal service)\.?$/i;

const ROLE_SET = new Set(ROLE_WORDS);
/** Institutional pen names and desk credits: `粤交宣` (a publicity office), `荆文旅`, `本报综合`. */
const INSTITUTION = /宣$|^[\u4e00-\u9fff]{1,2}文旅$|^本报|^本報|综合|綜合|整理|供稿|编辑|編輯/;

/** Canonical role name: traditional characters mapped to simplified ones. */
function canonicalRole(role: string): string {
  return role
    .replace(/記/g, '记')
    .replace(/報/g, '报')
    .replace(/體/g, '体')
    .replace(/華/g, '华')
    .replace(/訊/g, '讯')
    .replace(/員/g, '员')
    .replace(/約/g, '约')
    .replace(/見/g, '见')
    .replace(/習/g, '习')
    .replace(/實/g, '实')
    .replace(/攝/g, '摄');
}

const BARE_WIRE = new RegExp(`^([${HAN}]{2,4}?)(?:专|專|特)?(?:电|電|讯|訊)[】〕\\]]?$`);
const WIRE_RUN = new RegExp(`^\\s*([${HAN}]{2,10}?)${ZH_DATE}(?:专|專|特|航)?(?:电|電|讯|訊)`);

/**
 * A wire dateline glues the name to the place: `林枫北平九日专电`. Cut a known place off the end;
 * failing that, a place of two characters is the likeliest.
 */
function wireName(run: string): string | null {
  // A name padded to width (`羅 平倫敦十日航訊`, with an ideographic space) reads the same without its spaces.
  const unpadded = run.replace(/[ \u3000]/g, '');
  const m = WIRE_RUN.exec(unpadded);
  if (!m) {
    // No place or date: `【本报记者陈平讯】`.
    const bare = BARE_WIRE.exec(unpadded);
    const name = bare ? (bare[1] as string) : null;
    return name && !INSTITUTION.test(name) ? name : null;
  }
  const before = m[1] as string;
  const place = placeSuffix(before);
  const name =
    place > 0 ? before.slice(0, before.length - place) : before.length >= 4 ? before.slice(0, -2) : before;
  return HAN_ONLY.test(name) && !INSTITUTION.test(name) ? name : null;
}

const ONE_HAN = new RegExp(`^[${HAN}]$`);
const COMMENTATOR = new RegExp(
  `((?:特约|特約)?(?:评论员|評論員))[ \\u3000]*([${HAN}](?:[ \\u3000]?[${HAN}]){1,3})$`,
);
const SHORT_HAN = new RegExp(`^[${HAN}]{1,3}$`);
const ANY_HAN = new RegExp(`[${HAN}]`);
/** An author's name alone: `张文`, `文/何小竹`, `◇ 刘 川`. */
const AUTHOR_ALONE = new RegExp(`^[□■○●◎◇◆☆★]?\\s*(?:文[/／]|作者[：:]?)?\\s*((?:[${HAN}]\\s*){2,4})$`);

/**
 * Papers pad a short name to the width of a long one: `吴 桐`, `王  轶`, `欧阳 文`. A single character
 * beside another short token across plain spaces is half a name, so the two are joined.
 * `parts` alternates tokens and separators, as `split` with a capture group returns them.
 */
function joinPadded(parts: string[]): string[] {
  const out = parts.slice();
  const padded = (i: number): boolean => /^[ \u3000]{1,3}$/.test(out[i] ?? '');
  const single = (i: number): boolean => ONE_HAN.test(out[i] ?? '');
  // Two single characters first (`齐中熙 王 优`: 王 goes with 优, not with 齐中熙), then a single
  // character beside a longer token (`欧阳 文`). A joined name does not take the next token too.
  for (const pairsOnly of [true, false]) {
    for (let i = 0; i + 2 < out.length; i += 2) {
      const a = out[i] as string;
      const b = out[i + 2] as string;
      if (!padded(i + 1) || !SHORT_HAN.test(a) || !SHORT_HAN.test(b) || a.length + b.length > 4) continue;
      if (pairsOnly ? !(single(i) && single(i + 2)) : !single(i) && !single(i + 2)) continue;
      if (ROLE_SET.has(a) || ROLE_SET.has(b)) continue;
      out.splice(i, 3, a + b);
    }
  }
  return out;
}

/** Names in a run of text after a role word (or in a bare bracket), in order. */
function namesIn(run: string): string[] {
  const out: string[] = [];
  // Keep the separators: a token glued to 报道 after a space is a place (`陈明 深圳报道`), after
  // 、 it is the last name of a list (`陈东、周平报道`).
  const parts = joinPadded(run.trim().split(/([\s、，,/／]+)/));
  for (let i = 0; i < parts.length; i += 2) {
    let t = (parts[i] ?? '').replace(/^[（(【〔[]+|[)）】〕\]：:。.]+$/g, '');
    const m = REPORTED.exec(t);
    if (m) {
      const sep = parts[i - 1] ?? '';
      // After a space or a slash it is the place (`陈明 深圳报道`, `記者林美君／高雄報導`), unless
      // it is one character: the end of a padded name (`陳 朗報道`).
      if (i > 0 && /^[\s/／]+$/.test(sep)) {
        const rest = t.slice(0, m.index);
        const prev = (parts[i - 2] ?? '').replace(/^[（(【〔[]+/, '');
        if (rest.length === 1 && ONE_HAN.test(prev) && !out.includes(prev + rest)) out.push(prev + rest);
        break;
      }
      t = t.slice(0, m.index);
      // `孫揚杭州報道`: the place glued to the name.
      const place = t.length >= 4 ? placeSuffix(t) : 0;
      if (place > 0 && t.length - place >= 2) t = t.slice(0, t.length - place);
    }
    if (HAN_ONLY.test(t) && !INSTITUTION.test(t)) out.push(t);
    if (m) break;
  }
  return out;
}

function englishReporters(byline: string): Reporter[] {
  // `By Cable to The Beacon Journal.`: how it came, not who wrote it.
  if (/\b(?:By|BY)\s+(?:Electric\s+)?(?:Cable|CABLE|Wireless|WIRELESS|Telegraph|TELEGRAPH)\b/.test(byline))
    return [];
  const m = /\b(?:By|BY)\s+(.+)$/.exec(byline);
  if (!m) return [];
  const body =
    (m[1] as string)
      .replace(/[.)\s]+$/, '')
      .split(/,\s*(?=(?:[A-Z][a-z]+\s+){1,4}(?:Correspondent|Writer|Staff|Editor|Reporter))/)[0] ?? '';
  return body
    .split(/\s*(?:,|\band\b|\bAND\b|&)\s*/)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter(
      (n) =>
        n.length > 1 &&
        /^[A-Z]/.test(n) &&
        !AGENCIES.test(n) &&
        !/Correspondent|Writer|Staff|Editor|Reporter/i.test(n) &&
        !/\b(?:Press|Service|Cable|Agency|News)\b/.test(n),
    )
    .map((name) => ({ name, role: null }));
}

/**
 * Reporters named in a byline or a trailing credit. `衡阳晚报讯 (全媒体记者 陈润)` →
 * [{ name: '陈润', role: '全媒体记者' }]; `(张伟)` → [{ name: '张伟', role: null }];
 * `By JOHN SMITH and MARY JONES` → two reporters; news agencies are not reporters.
 */
export function parseReporters(byline: string): Reporter[] {
  // `本报记者 欧阳宇 文/图` says what the reporter made, not another name.
  const s = byline.trim().replace(/[ \u3000]+(?:文[/／]图|文[/／]圖|文图|文圖|图文|圖文)$/, '');
  if (/[A-Za-z]/.test(s) && !ANY_HAN.test(s)) return englishReporters(s);
  const out: Reporter[] = [];
  const seen = new Set<string>();
  const push = (name: string, role: string | null): void => {
    if (seen.has(name) || ROLE_SET.has(name)) return;
    seen.add(name);
    out.push({ name, role });
  };
  // `本报特约评论员 章远`: a commentary signed by its author.
  const commentator = COMMENTATOR.exec(s);
  if (commentator) {
    const name = (commentator[2] as string).replace(/[ \u3000]/g, '');
    return [{ name, role: (commentator[1] as string).replace(/評論員/, '评论员') }];
  }
  const roles = [...s.matchAll(ROLE_AT)];
  if (roles.length > 0) {
    roles.forEach((m, k) => {
      const from = (m.index ?? 0) + m[0].length;
      const next = roles[k + 1];
      let to = next ? (next.index ?? s.length) : s.length;
      // The run stops at a closing bracket: what follows is the article, not names.
      const close = s.slice(from, to).search(/[)）】〕]/);
      if (close >= 0) to = from + close;
      const run = s.slice(from, to).replace(/^[：:]/, '');
      const wire = wireName(run);
      if (wire) push(wire, canonicalRole(m[0]));
      else for (const name of namesIn(run)) push(name, canonicalRole(m[0]));
    });
    return out;
  }
  // An author's name alone: `张文`, `文/何小竹`.
  const alone = AUTHOR_ALONE.exec(s);
  if (alone) {
    const name = (alone[1] as string).replace(/\s+/g, '');
    if (!INSTITUTION.test(name)) return [{ name, role: null }];
  }
  // A bare bracket: `本报讯 (王五)` or a brief's trailing `(张伟)`.
  const bracket = /[（(]([^（()）]{2,30})[)）]\s*$/.exec(s) ?? /[（(]([^（()）]{2,30})[)）]/.exec(s);
  if (bracket) for (const name of namesIn(bracket[1] as string)) push(name, null);
  return out;
}
