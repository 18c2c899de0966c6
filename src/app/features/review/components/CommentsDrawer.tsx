import { useId, useMemo, useState } from 'react';
import { useIssue } from '../../../api/issues.ts';
import { useComments } from '../api/comments.ts';
import { useReviewT } from '../i18n.ts';
import { openCount } from '../logic/commentThreads.ts';
import { articleNumbers } from '../logic/describeChange.ts';
import { CommentsPanel } from './CommentsPanel.tsx';

/**
 * A corner button with the number of open review comments that opens them in a side panel: mounted by
 * the editor so the editor reads, answers and resolves what the supervisor wrote without leaving.
 */
export function CommentsDrawer({ issueId }: { issueId: string }) {
  const { t } = useReviewT();
  const comments = useComments(issueId);
  const open = openCount(comments.data ?? []);
  const [shown, setShown] = useState(false);
  // The editor page has the issue cached already; its saved document names the articles comments point at.
  const issue = useIssue(issueId);
  const numbers = useMemo(() => (issue.data ? articleNumbers(issue.data.doc) : undefined), [issue.data]);
  const panelId = useId();
  return (
    <>
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={panelId}
        onClick={() => setShown((v) => !v)}
        className={`fixed right-4 bottom-4 z-40 inline-flex items-center gap-2 rounded-full px-4 py-2 text-sm font-medium shadow-lg ${open > 0 ? 'bg-amber-500 text-white hover:bg-amber-600' : 'bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50'}`}
      >
        {t('comments.drawerButton')}
        {open > 0 && (
          <span className="rounded-full bg-white/25 px-1.5 text-xs tabular-nums">
            {t('comments.open', { count: open })}
          </span>
        )}
      </button>
      {shown && (
        <aside
          id={panelId}
          aria-label={t('comments.drawer')}
          className="fixed top-14 right-0 bottom-0 z-40 flex w-full max-w-md flex-col border-l border-slate-200 bg-white shadow-2xl"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
            <h2 className="font-semibold">{t('comments.drawer')}</h2>
            <button
              type="button"
              onClick={() => setShown(false)}
              className="rounded px-2 py-1 text-sm text-slate-600 hover:bg-slate-100"
            >
              {t('comments.close')}
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto pb-16">
            <CommentsPanel issueId={issueId} articleNumbers={numbers} />
          </div>
        </aside>
      )}
    </>
  );
}
