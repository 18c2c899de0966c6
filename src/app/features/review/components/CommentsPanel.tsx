import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../api/contract.ts';
import { Button } from '../../../components/Button.tsx';
import { inputClass } from '../../../components/inputClass.ts';
import { Spinner } from '../../../components/Spinner.tsx';
import { errorMessage } from '../../../i18n/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useComments, useCreateComment, useResolveComment } from '../api/comments.ts';
import { useReviewT, type ReviewT } from '../i18n.ts';
import {
  anchorOf,
  buildThreads,
  hasAnchor,
  isOpen,
  NO_ANCHOR,
  type Anchor,
  type Thread,
} from '../logic/commentThreads.ts';

/** How a comment's place reads: "Article 3", "Line 12", "Whole issue". */
export function anchorText(t: ReviewT, anchor: Anchor, numbers: Map<string, number> | undefined): string {
  if (anchor.articleId !== null) {
    const number = numbers?.get(anchor.articleId);
    if (number !== undefined) return t('comments.anchorArticle', { number });
    if (!numbers) return t('comments.anchorArticle', { number: anchor.articleId });
    return t('comments.anchorArticleGone', { id: anchor.articleId });
  }
  if (anchor.line !== null) return t('comments.anchorLine', { line: anchor.line + 1 });
  return t('comments.anchorIssue');
}

function CommentForm({
  label,
  submitLabel,
  onSubmit,
  pending,
  error,
  onCancel,
  autoFocus = false,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (body: string) => Promise<unknown>;
  pending: boolean;
  error: unknown;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  const [body, setBody] = useState('');
  const id = useId();
  const send = () => {
    if (body.trim() === '' || pending) return;
    void onSubmit(body.trim()).then(
      () => setBody(''),
      () => undefined,
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      // The review page's Ctrl+Enter approves; in a comment box it only sends the comment.
      event.stopPropagation();
      send();
    }
    if (event.key === 'Escape' && onCancel) onCancel();
  };
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        send();
      }}
      className="space-y-1.5"
    >
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <textarea
        id={id}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
        rows={3}
        autoFocus={autoFocus}
        placeholder={t('comments.placeholder')}
        className={inputClass}
      />
      {error !== null && error !== undefined && (
        <p role="alert" className="text-sm text-red-700">
          {errorMessage(tShell, error)}
        </p>
      )}
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm" variant="primary" disabled={pending || body.trim() === ''}>
          {pending ? t('comments.posting') : submitLabel}
        </Button>
        {onCancel && (
          <Button size="sm" variant="ghost" onClick={onCancel}>
            {t('comments.cancel')}
          </Button>
        )}
        <span className="ml-auto text-xs text-slate-400">{t('comments.sendHint')}</span>
      </div>
    </form>
  );
}

function CommentBody({ comment, inReplyTo }: { comment: Comment; inReplyTo?: Comment | null }) {
  const { t, language } = useReviewT();
  const kind = comment.kind === 'comment' ? '' : t(`comments.kind.${comment.kind}`);
  return (
    <div>
      <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
        <span className="font-semibold text-slate-800">{comment.author.displayName}</span>
        {kind && (
          <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700">{kind}</span>
        )}
        {inReplyTo && <span>→ {inReplyTo.author.displayName}</span>}
        <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time>
        <span>{t('comments.revision', { revision: comment.revision })}</span>
      </p>
      <p className="mt-0.5 text-sm break-words whitespace-pre-wrap text-slate-900">{comment.body}</p>
    </div>
  );
}

function ThreadView({
  issueId,
  thread,
  numbers,
  onShowAnchor,
  canComment,
}: {
  issueId: string;
  thread: Thread;
  numbers: Map<string, number> | undefined;
  onShowAnchor: ((anchor: Anchor) => void) | undefined;
  canComment: boolean;
}) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  const [replying, setReplying] = useState(false);
  const create = useCreateComment(issueId);
  const resolve = useResolveComment(issueId);
  const { root } = thread;
  const anchor = anchorOf(root);
  const place = anchorText(t, anchor, numbers);
  const open = isOpen(thread);
  return (
    <li
      aria-label={`${root.author.displayName}: ${root.body.slice(0, 60)}`}
      className={`space-y-2 rounded-lg border p-3 ${open ? 'border-slate-200 bg-white' : 'border-slate-200 bg-slate-50 opacity-80'}`}
    >
      <div className="flex items-start gap-2">
        {hasAnchor(anchor) && onShowAnchor ? (
          <button
            type="button"
            onClick={() => onShowAnchor(anchor)}
            className="rounded bg-sky-50 px-1.5 py-0.5 text-xs font-medium text-sky-800 hover:underline"
            aria-label={t('comments.show', { place })}
          >
            {place}
          </button>
        ) : (
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700">
            {place}
          </span>
        )}
        {!open && root.resolvedBy && (
          <span className="text-xs text-emerald-700">
            ✓ {t('comments.resolved', { name: root.resolvedBy.displayName })}
          </span>
        )}
      </div>
      <CommentBody comment={root} />
      {thread.replies.length > 0 && (
        <ol className="space-y-2 border-l-2 border-slate-200 pl-3">
          {thread.replies.map((reply) => (
            <li key={reply.comment.id}>
              <CommentBody comment={reply.comment} inReplyTo={reply.inReplyTo} />
            </li>
          ))}
        </ol>
      )}
      {replying ? (
        <CommentForm
          label={t('comments.replyLabel', { name: root.author.displayName })}
          submitLabel={t('comments.sendReply')}
          pending={create.isPending}
          error={create.error}
          autoFocus
          onCancel={() => setReplying(false)}
          onSubmit={(body) =>
            create
              .mutateAsync({ body, parentId: thread.replies.at(-1)?.comment.id ?? root.id })
              .then(() => setReplying(false))
          }
        />
      ) : (
        canComment && (
          <div className="flex gap-2">
            <Button size="sm" variant="ghost" onClick={() => setReplying(true)}>
              {t('comments.reply')}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              disabled={resolve.isPending}
              onClick={() => resolve.mutate({ commentId: root.id, resolved: open })}
            >
              {open ? t('comments.resolve') : t('comments.unresolve')}
            </Button>
          </div>
        )
      )}
      {resolve.isError && (
        <p role="alert" className="text-sm text-red-700">
          {errorMessage(tShell, resolve.error)}
        </p>
      )}
    </li>
  );
}

export interface CommentsPanelProps {
  issueId: string;
  /** Where a new comment goes; the whole issue when absent. */
  anchor?: Anchor;
  /** Drops the anchor so the next comment is about the whole issue. */
  onClearAnchor?: () => void;
  /** Shows a comment's place in the source; without it places are plain labels. */
  onShowAnchor?: (anchor: Anchor) => void;
  /** Reading-order numbers of the current document's articles, to name article anchors. */
  articleNumbers?: Map<string, number>;
  /** False hides the forms and buttons (a read-only view); true by default. */
  canComment?: boolean;
}

/**
 * The issue's comment threads with a form for a new comment, replies and resolving. Used by the review
 * screen and mounted in the editor (through CommentsDrawer) so editors read and resolve what supervisors wrote.
 */
export function CommentsPanel({
  issueId,
  anchor = NO_ANCHOR,
  onClearAnchor,
  onShowAnchor,
  articleNumbers,
  canComment = true,
}: CommentsPanelProps) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  const comments = useComments(issueId);
  const create = useCreateComment(issueId);
  const [showResolved, setShowResolved] = useState(false);
  const threads = useMemo(() => buildThreads(comments.data ?? []), [comments.data]);
  const open = threads.filter(isOpen);
  const resolved = threads.filter((th) => !isOpen(th));
  const place = anchorText(t, anchor, articleNumbers);

  return (
    <div className="space-y-3 p-4">
      {canComment && (
        <div className="space-y-1.5 rounded-lg border border-slate-200 bg-slate-50 p-3">
          <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
            <span className="font-semibold">{t('comments.newLabel')}</span>
            <span>{t('comments.on', { place })}</span>
            {hasAnchor(anchor) && onClearAnchor && (
              <button type="button" onClick={onClearAnchor} className="text-sky-800 underline">
                {t('comments.clearAnchor')}
              </button>
            )}
          </p>
          <CommentForm
            label={t('comments.newLabel')}
            submitLabel={t('comments.post')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(body) => create.mutateAsync({ body, articleId: anchor.articleId, line: anchor.line })}
          />
        </div>
      )}
      {comments.isPending ? (
        <Spinner label={t('comments.title')} />
      ) : comments.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {errorMessage(tShell, comments.error)}
        </p>
      ) : threads.length === 0 ? (
        <p className="text-sm text-slate-500">{t('comments.none')}</p>
      ) : (
        <>
          <ol aria-label={t('comments.title')} className="space-y-2">
            {open.map((thread) => (
              <ThreadView
                key={thread.root.id}
                issueId={issueId}
                thread={thread}
                numbers={articleNumbers}
                onShowAnchor={onShowAnchor}
                canComment={canComment}
              />
            ))}
          </ol>
          {resolved.length > 0 && (
            <div className="space-y-2">
              <button
                type="button"
                aria-expanded={showResolved}
                onClick={() => setShowResolved((v) => !v)}
                className="text-sm text-sky-800 underline"
              >
                {showResolved
                  ? t('comments.hideResolved')
                  : t('comments.showResolved', { count: resolved.length })}
              </button>
              {showResolved && (
                <ol aria-label={t('comments.hideResolved')} className="space-y-2">
                  {resolved.map((thread) => (
                    <ThreadView
                      key={thread.root.id}
                      issueId={issueId}
                      thread={thread}
                      numbers={articleNumbers}
                      onShowAnchor={onShowAnchor}
                      canComment={canComment}
                    />
                  ))}
                </ol>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
