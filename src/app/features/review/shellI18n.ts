/**
 * The review strings the app header and the library page show (navigation, "Release…"). They are
 * registered apart from i18n.ts, in the same namespace, so those pages load without the strings of
 * every review screen.
 */
import { registerBundle, useNamespaceT, type BundleKey, type BundleStrings } from '../../i18n/namespace.ts';

export const REVIEW_NS = 'review';

export const reviewShellEn = {
  nav: {
    review: 'Review',
    waiting_one: '{{count}} issue waiting for review',
    waiting_other: '{{count}} issues waiting for review',
    audit: 'Audit',
    stats: 'Statistics',
  },
  release: {
    open: 'Release…',
    title: 'Download approved issues',
  },
};

export const reviewShellZhCN: BundleStrings<typeof reviewShellEn> = {
  nav: {
    review: '审核',
    waiting_one: '{{count}} 期待审核',
    waiting_other: '{{count}} 期待审核',
    audit: '审计日志',
    stats: '统计',
  },
  release: {
    open: '批量下载…',
    title: '下载已通过的期次',
  },
};

registerBundle(REVIEW_NS, reviewShellEn, reviewShellZhCN);

export type ReviewShellKey = BundleKey<typeof reviewShellEn>;

export function useReviewShellT(): { t: (key: ReviewShellKey, vars?: Record<string, unknown>) => string } {
  return useNamespaceT(REVIEW_NS);
}
