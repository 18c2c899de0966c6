import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ReviewResponse, User } from '../../../../api/contract.ts';
import type { Doc } from '../../../../core/model.ts';
import { SourceText } from '../../../../core/text.ts';
import { isApiError } from '../../../api/client.ts';
import { buttonClass } from '../../../components/Button.tsx';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { StatusBadge } from '../../../components/StatusBadge.tsx';
import { formatDateTime, formatRelative } from '../../../lib/format.ts';
import { useNow } from '../../../lib/useNow.ts';
import { lineSpan } from '../../editor/state/geometry.ts';
import { approvedExportUrl, useApprovedExports } from '../api/approvedExports.ts';
import { useComments } from '../api/comments.ts';
import { useReview } from '../api/review.ts';
import { useReviewT } from '../i18n.ts';
import { buildThreads, isOpen, NO_ANCHOR, type Anchor } from '../logic/commentThreads.ts';
import { articleNumbers } from '../logic/describeChange.ts';
import type { Highlight } from '../logic/highlight.ts';
import { ChangesPanel } from './ChangesPanel.tsx';
import { anchorText, CommentsPanel } from './CommentsPanel.tsx';
import { DecisionButtons, DecisionFeedback, useDecision } from './Decision.tsx';
import { ExportsPanel } from './ExportsPanel.tsx';
import { FiguresPanel } from './FiguresPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { ReviewSource } from './ReviewSource.tsx';

type Tab = 'changes' | 'comments' | 'exports' | 'history';

function anchorHighlight(doc: Doc, src: SourceText, anchor: Anchor): Highlight | null {
  if (anchor.articleId !== null) {
    const part = doc.articles.find((a) => a.id === anchor.articleId)?.parts[0];
    if (part) return { start: part.start, end: part.end, line: src.lineOf(part.start) };
  }
  if (anchor.line !== null) {
    const { start, end } = lineSpan(src, anchor.line);
    return { start, end, line: anchor.line };
  }
  return null;
}

function Tabs({
  tab,
  onTab,
  labels,
  children,
}: {
  tab: Tab;
  onTab: (tab: Tab) => void;
  labels: Record<Tab, string>;
  children: ReactNode;
}) {
  const id = useId();
  const order: Tab[] = ['changes', 'comments', 'exports', 'history'];
  return (
    <>
      <div role="tablist" className="flex shrink-0 gap-1 border-b border-slate-200 px-2">
        {order.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${id}-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel`}
            onClick={() => onTab(name)}
            className={`border-b-2 px-3 py-2 text-sm font-medium ${tab === name ? 'border-sky-700 text-sky-800' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
          >
            {labels[name]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-${tab}`}
        className="min-h-0 flex-1 overflow-y-auto"
      >
        {children}
      </div>
    </>
  );
}

function Workspace({ review, user }: { review: ReviewResponse; user: User }) {
  const { t, language } = useReviewT();
  const now = useNow();
  const justNow = useTranslation().t('time.justNow');
  const { issue } = review;
  const src = useMemo(() => new SourceText(review.source), [review.source]);
  const numbering = useMemo(
    () => ({ proposal: articleNumbers(review.proposal), result: articleNumbers(review.doc) }),
    [review.proposal, review.doc],
  );
  const comments = useComments(issue.id);
  const allComments = comments.data ?? review.comments;
  const threads = useMemo(() => buildThreads(allComments), [allComments]);
  const commentedLines = useMemo(() => {
    const lines = new Set<number>();
    for (const th of threads) {
      if (!isOpen(th)) continue;
      const h = anchorHighlight(review.doc, src, { articleId: th.root.articleId, line: th.root.line });
      if (h) lines.add(h.line);
    }
    return lines;
  }, [threads, review.doc, src]);
  const openThreads = threads.filter(isOpen).length;
  const exports = useApprovedExports(issue.id);
  const latest = exports.data?.[0];

  const [tab, setTab] = useState<Tab>('changes');
  const [selected, setSelected] = useState<number | null>(null);
  const [highlight, setHighlight] = useState<Highlight | null>(null);
  const [anchor, setAnchor] = useState<Anchor>(NO_ANCHOR);
  const decision = useDecision(issue.id);

  const selectChange = (index: number) => {
    const change = review.diff.changes[index];
    if (!change) return;
    setSelected(index);
    setHighlight({ ...change.at });
    const articleId = change.resultIds[0] ?? null;
    setAnchor(articleId ? { articleId, line: null } : { articleId: null, line: change.at.line });
  };
  const showAnchor = useCallback(
    (where: Anchor) => {
      const h = anchorHighlight(review.doc, src, where);
      if (h) setHighlight(h);
    },
    [review.doc, src],
  );
  const onLineClick = useCallback(
    (line: number) => {
      const { start, end } = lineSpan(src, line);
      setAnchor({ articleId: null, line });
      setHighlight({ start, end, line });
      setSelected(null);
      setTab('comments');
    },
    [src],
  );

  const name = [issue.publication ?? issue.filename, issue.date, issue.edition].filter(Boolean).join(' · ');
  const submission = review.submission;
  const anchorLabel = anchorText(t, anchor, numbering.result);

  return (
    <div className="flex h-[calc(100vh-3.5rem)] min-h-[480px] flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
        <Link href="/review" className="text-sm text-sky-800 underline">
          <span aria-hidden="true">← </span>
          {t('page.back')}
        </Link>
        <h1 className="text-lg font-semibold">{name}</h1>
        <StatusBadge status={issue.status} />
        <div className="text-xs text-slate-600">
          {submission ? (
            <p title={formatDateTime(submission.at, language)}>
              {submission.by
                ? t('page.submitted', {
                    when: formatRelative(submission.at, language, now, justNow),
                    name: submission.by.displayName,
                  })
                : t('page.submittedAnon', { when: formatRelative(submission.at, language, now, justNow) })}
            </p>
          ) : (
            <p>{t('page.notSubmitted')}</p>
          )}
          {review.editors.length > 0 && (
            <p>
              {t('page.editors', {
                names: new Intl.ListFormat(language, { type: 'conjunction' }).format(
                  review.editors.map((e) => e.displayName),
                ),
              })}
            </p>
          )}
        </div>
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <Link href={`/issues/${issue.id}`} className={buttonClass('ghost', 'sm')}>
            {t('page.openEditor')}
          </Link>
          {issue.status === 'approved' && latest && (
            <a
              href={approvedExportUrl(issue.id, latest.version)}
              download
              className={buttonClass('secondary', 'sm')}
            >
              {t('exports.latest')}
            </a>
          )}
          <DecisionButtons
            decision={decision}
            issue={issue}
            user={user}
            anchor={anchor}
            anchorLabel={anchorLabel}
          />
        </div>
        {submission?.message && (
          <p className="basis-full text-sm text-slate-700">
            {t('page.submitMessage', { message: submission.message })}
          </p>
        )}
      </header>
      <DecisionFeedback decision={decision} />
      <main id="main" className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section
          aria-label={t('page.source')}
          className="flex min-h-0 min-w-0 flex-col border-r border-slate-200"
        >
          <p className="border-b border-slate-100 bg-slate-50 px-4 py-1 text-xs text-slate-500">
            {t('page.sourceHint')}
          </p>
          <div className="min-h-0 flex-1">
            <ReviewSource
              src={src}
              doc={review.doc}
              highlight={highlight}
              commentedLines={commentedLines}
              selectedLine={anchor.line}
              onLineClick={onLineClick}
            />
          </div>
        </section>
        <aside aria-label={t('page.side')} className="flex min-h-0 min-w-0 flex-col bg-white">
          <FiguresPanel figures={review.diff.figures} />
          <Tabs
            tab={tab}
            onTab={setTab}
            labels={{
              changes: `${t('page.tabChanges')} (${review.diff.changes.length})`,
              comments: `${t('page.tabComments')} (${openThreads})`,
              exports: t('page.tabExports'),
              history: t('page.tabHistory'),
            }}
          >
            {tab === 'changes' && (
              <section aria-label={t('changes.title')}>
                <h2 className="sr-only">{t('changes.title')}</h2>
                <ChangesPanel
                  changes={review.diff.changes}
                  numbering={numbering}
                  selected={selected}
                  onSelect={selectChange}
                />
              </section>
            )}
            {tab === 'comments' && (
              <section aria-label={t('comments.title')}>
                <h2 className="sr-only">{t('comments.title')}</h2>
                <CommentsPanel
                  issueId={issue.id}
                  anchor={anchor}
                  onClearAnchor={() => setAnchor(NO_ANCHOR)}
                  onShowAnchor={showAnchor}
                  articleNumbers={numbering.result}
                />
              </section>
            )}
            {tab === 'exports' && (
              <section aria-label={t('exports.title')}>
                <h2 className="sr-only">{t('exports.title')}</h2>
                <ExportsPanel issueId={issue.id} />
              </section>
            )}
            {tab === 'history' && (
              <section aria-label={t('history.title')}>
                <h2 className="sr-only">{t('history.title')}</h2>
                <HistoryPanel issueId={issue.id} />
              </section>
            )}
          </Tabs>
        </aside>
      </main>
    </div>
  );
}

/** Route target for /review/:id. */
export function ReviewPage({ id, user }: { id: string; user: User }) {
  const { t } = useReviewT();
  const review = useReview(id);
  if (review.isPending) {
    return (
      <main id="main" className="p-6">
        <Spinner label={t('page.loading')} />
      </main>
    );
  }
  if (review.isError) {
    return (
      <main id="main" className="p-6">
        {isApiError(review.error) && review.error.status === 404 ? (
          <p role="alert">{t('page.notFound')}</p>
        ) : (
          <ErrorState
            title={t('page.errorTitle')}
            error={review.error}
            onRetry={() => void review.refetch()}
          />
        )}
      </main>
    );
  }
  return <Workspace key={id} review={review.data} user={user} />;
}
