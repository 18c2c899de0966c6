import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetail, User } from '../../../../api/contract.ts';
import { Button } from '../../../components/Button.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { inputClass, labelClass } from '../../../components/inputClass.ts';
import { errorMessage } from '../../../i18n/errors.ts';
import { detectMac } from '../../editor/commands/shortcuts.ts';
import { useApprove, useReopen, useRequestChanges } from '../api/decisions.ts';
import { useReviewT } from '../i18n.ts';
import { approvalBlockers, isSelfApproval } from '../logic/blockers.ts';
import { canDecide } from '../logic/canDecide.ts';
import { hasAnchor, type Anchor } from '../logic/commentThreads.ts';
import { ARIA_SHORTCUTS, isTypingTarget, reviewActionFor, shortcutLabel } from '../logic/reviewShortcuts.ts';

const IS_MAC = detectMac();

type Last = 'approve' | 'request' | 'reopen' | null;

/** The three transitions and which of them ran last, shared by the buttons and the feedback banner. */
export function useDecision(issueId: string) {
  const approve = useApprove(issueId);
  const request = useRequestChanges(issueId);
  const reopen = useReopen(issueId);
  const [last, setLast] = useState<Last>(null);
  const [dialog, setDialog] = useState<'request' | 'reopen' | null>(null);
  return { approve, request, reopen, last, setLast, dialog, setDialog };
}

export type Decision = ReturnType<typeof useDecision>;

function RequestChangesDialog({
  decision,
  anchor,
  anchorLabel,
}: {
  decision: Decision;
  anchor: Anchor;
  anchorLabel: string;
}) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  const [comment, setComment] = useState('');
  const [attach, setAttach] = useState(true);
  const [missing, setMissing] = useState(false);
  const id = useId();
  const close = () => decision.setDialog(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim() === '') {
      setMissing(true);
      return;
    }
    decision.setLast('request');
    const where = attach && hasAnchor(anchor) ? anchor : { articleId: null, line: null };
    decision.request.mutate(
      { comment: comment.trim(), articleId: where.articleId, line: where.line },
      {
        onSuccess: () => {
          setComment('');
          close();
        },
      },
    );
  };
  return (
    <Dialog open title={t('decision.requestTitle')} onClose={close} width="max-w-xl">
      <form onSubmit={submit} className="space-y-3 overflow-y-auto px-6 py-4" noValidate>
        <p className="text-sm text-slate-600">{t('decision.requestIntro')}</p>
        <div className="space-y-1">
          <label htmlFor={id} className={labelClass}>
            {t('decision.requestLabel')}
          </label>
          <textarea
            id={id}
            value={comment}
            required
            aria-invalid={missing && comment.trim() === ''}
            aria-describedby={missing ? `${id}-error` : undefined}
            onChange={(event) => {
              setComment(event.target.value);
              setMissing(false);
            }}
            rows={5}
            autoFocus
            className={inputClass}
          />
          {missing && comment.trim() === '' && (
            <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
              {t('decision.requestRequired')}
            </p>
          )}
        </div>
        {hasAnchor(anchor) && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={attach} onChange={(event) => setAttach(event.target.checked)} />
            {t('decision.requestAnchor', { place: anchorLabel })}
          </label>
        )}
        {decision.request.isError && (
          <p role="alert" className="text-sm text-red-700">
            {errorMessage(tShell, decision.request.error)}
          </p>
        )}
        <div className="flex justify-end gap-2 border-t border-slate-200 pt-3">
          <Button onClick={close}>{t('decision.cancel')}</Button>
          <Button type="submit" variant="danger" disabled={decision.request.isPending}>
            {decision.request.isPending ? t('decision.sending') : t('decision.send')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function ReopenDialog({ decision }: { decision: Decision }) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const id = useId();
  const close = () => decision.setDialog(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    decision.setLast('reopen');
    decision.reopen.mutate({ reason: reason.trim() }, { onSuccess: close });
  };
  return (
    <Dialog open title={t('decision.reopenTitle')} onClose={close} width="max-w-xl">
      <form onSubmit={submit} className="space-y-3 overflow-y-auto px-6 py-4" noValidate>
        <p className="text-sm text-slate-600">{t('decision.reopenIntro')}</p>
        <div className="space-y-1">
          <label htmlFor={id} className={labelClass}>
            {t('decision.reopenLabel')}
          </label>
          <textarea
            id={id}
            value={reason}
            required
            aria-invalid={missing && reason.trim() === ''}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
            rows={3}
            autoFocus
            className={inputClass}
          />
          {missing && reason.trim() === '' && (
            <p role="alert" className="text-sm text-red-700">
              {t('decision.reopenRequired')}
            </p>
          )}
        </div>
        {decision.reopen.isError && (
          <p role="alert" className="text-sm text-red-700">
            {errorMessage(tShell, decision.reopen.error)}
          </p>
        )}
        <div className="flex justify-end gap-2 border-t border-slate-200 pt-3">
          <Button onClick={close}>{t('decision.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={decision.reopen.isPending}>
            {t('decision.reopenConfirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function Shortcut({ keys }: { keys: string }) {
  return (
    <kbd
      aria-hidden="true"
      className="rounded border border-current/30 px-1 font-sans text-[0.7rem] opacity-80"
    >
      {keys}
    </kbd>
  );
}

export interface DecisionButtonsProps {
  decision: Decision;
  issue: IssueDetail;
  user: User;
  /** The place the supervisor last chose, offered as the anchor of a request for changes. */
  anchor: Anchor;
  anchorLabel: string;
}

/** Approve / Request changes (submitted issues) or Reopen (approved ones); nothing for editors. */
export function DecisionButtons({ decision, issue, user, anchor, anchorLabel }: DecisionButtonsProps) {
  const { t } = useReviewT();
  const allowed = canDecide(user);
  const submitted = issue.status === 'submitted';
  const { approve, setLast, setDialog, dialog } = decision;

  const runApprove = () => {
    if (approve.isPending) return;
    setLast('approve');
    approve.mutate({});
  };

  useEffect(() => {
    if (!allowed || !submitted) return undefined;
    const onKey = (event: KeyboardEvent) => {
      const action = reviewActionFor(event);
      if (!action) return;
      if (isTypingTarget(event.target)) {
        // Ctrl+Shift+R would otherwise reload the page and lose what is being typed.
        if (action === 'request-changes') event.preventDefault();
        return;
      }
      if (dialog !== null) return;
      event.preventDefault();
      if (action === 'approve') runApprove();
      else setDialog('request');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!allowed) return null;
  return (
    <div role="toolbar" aria-label={t('decision.toolbar')} className="flex flex-wrap items-center gap-2">
      {submitted && (
        <>
          <Button
            variant="danger"
            onClick={() => setDialog('request')}
            aria-keyshortcuts={ARIA_SHORTCUTS['request-changes']}
            title={t('decision.shortcut', { keys: shortcutLabel('request-changes', IS_MAC) })}
          >
            {t('decision.requestChanges')}
            <Shortcut keys={shortcutLabel('request-changes', IS_MAC)} />
          </Button>
          <Button
            variant="primary"
            onClick={runApprove}
            disabled={approve.isPending}
            aria-keyshortcuts={ARIA_SHORTCUTS.approve}
            title={t('decision.shortcut', { keys: shortcutLabel('approve', IS_MAC) })}
          >
            {approve.isPending ? t('decision.approving') : t('decision.approve')}
            <Shortcut keys={shortcutLabel('approve', IS_MAC)} />
          </Button>
        </>
      )}
      {issue.status === 'approved' && (
        <Button onClick={() => setDialog('reopen')}>{t('decision.reopen')}</Button>
      )}
      {dialog === 'request' && (
        <RequestChangesDialog decision={decision} anchor={anchor} anchorLabel={anchorLabel} />
      )}
      {dialog === 'reopen' && <ReopenDialog decision={decision} />}
    </div>
  );
}

/** What the last decision did, or why the server refused it: blockers are listed one per line. */
export function DecisionFeedback({ decision }: { decision: Decision }) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  const { approve, request, reopen, last } = decision;
  if (last === 'approve' && approve.isError) {
    const blockers = approvalBlockers(approve.error);
    if (blockers) {
      return (
        <div role="alert" className="border-b border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <h2 className="font-semibold">{t('decision.blockedTitle')}</h2>
          <p className="mt-1">{t('decision.blockedIntro')}</p>
          <ul aria-label={t('decision.blockedTitle')} className="mt-1 list-disc space-y-0.5 pl-6">
            {blockers.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        </div>
      );
    }
    return (
      <p role="alert" className="border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-800">
        {isSelfApproval(approve.error) ? t('decision.selfApproval') : errorMessage(tShell, approve.error)}
      </p>
    );
  }
  let notice: string | null = null;
  if (last === 'approve' && approve.isSuccess)
    notice = t('decision.approved', { version: approve.data.export.version });
  if (last === 'request' && request.isSuccess) notice = t('decision.sentBack');
  if (last === 'reopen' && reopen.isSuccess) notice = t('decision.reopened');
  if (!notice) return null;
  return (
    <p role="status" className="border-b border-emerald-200 bg-emerald-50 px-4 py-2 text-sm text-emerald-900">
      {notice}
    </p>
  );
}
