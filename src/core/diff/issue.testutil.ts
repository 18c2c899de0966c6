/** A small issue for the diff tests, and documents over it written by line number. */
import type { Article, Doc, Part, Role, RoleSpan, UnassignedRange } from '../model.ts';
import { lines, rolesFor } from '../ops/testing.ts';
import { SourceText } from '../text.ts';

export const ISSUE = new SourceText(
  [
    '第3版 要闻', // 0 page header
    '',
    '市委常委会召开会议', // 2 a1 headline
    '衡阳晚报讯 (全媒体记者 陈润)', // 3 a1 byline
    '8月31日上午，市委常委会召开会议。',
    '会议强调，要深刻领会。', // 5
    '',
    '我市对月饼开展体检', // 7 a2 headline
    '衡阳晚报讯 (全媒体记者 许珂)',
    '金秋时节，将抽检月饼30个批次。',
    '检的月饼主要包括广式月饼。', // 10
    '',
    '秋季开学安全第一', // 12 a3 headline
    '本报讯 记者 王明',
    '各校做好开学准备。', // 14
    '责任编辑 王明', // 15 credit
  ].join('\n'),
);

/** Line range [first, last] (inclusive) as a part; `linked` marks it a continuation. */
export function part(first: number, last = first, linked = false): Part {
  const span = lines(ISSUE, first, last);
  return linked ? { ...span, link: { confidence: 1, cues: ['manual'] } } : span;
}

/** The role of each line as the proposal reads it; lines not listed are body. */
const LINE_ROLES: Partial<Record<number, Role>> = {
  2: 'headline',
  3: 'byline',
  7: 'headline',
  8: 'byline',
  12: 'headline',
  13: 'byline',
};

/** An article over the parts, each line keeping its role whichever article it lands in. */
export function art(id: string, parts: Part[], fields: Article['fields'] = {}): Article {
  const roles: RoleSpan[] = rolesFor(ISSUE, parts).map((r) => ({
    ...r,
    role: LINE_ROLES[ISSUE.lineOf(r.start)] ?? 'body',
  }));
  return { id, parts, roles, boundary: { confidence: 0.8, cues: ['byline'], confirmed: false }, fields };
}

export function furniture(line: number, label: string | null): UnassignedRange {
  return { ...lines(ISSUE, line), label };
}

/** The segmenter's proposal: three articles between a page header and an editor credit. */
export function proposal(): Doc {
  return {
    articles: [art('a1', [part(2, 5)]), art('a2', [part(7, 10)]), art('a3', [part(12, 14)])],
    unassigned: [furniture(0, 'page-header'), furniture(15, 'credit')],
  };
}
