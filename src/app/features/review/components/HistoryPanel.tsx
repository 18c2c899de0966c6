import { useTranslation } from 'react-i18next';
import { Spinner } from '../../../components/Spinner.tsx';
import { errorMessage } from '../../../i18n/errors.ts';
import { useIssueHistory } from '../api/history.ts';
import { useReviewT } from '../i18n.ts';
import { AuditTable } from './AuditTable.tsx';

/** The issue's own audit trail, oldest first. */
export function HistoryPanel({ issueId }: { issueId: string }) {
  const { t } = useReviewT();
  const { t: tShell } = useTranslation();
  const history = useIssueHistory(issueId);
  if (history.isPending)
    return (
      <div className="p-4">
        <Spinner label={t('history.title')} />
      </div>
    );
  if (history.isError) {
    return (
      <p role="alert" className="p-4 text-sm text-red-700">
        {errorMessage(tShell, history.error)}
      </p>
    );
  }
  if (history.data.items.length === 0)
    return <p className="p-4 text-sm text-slate-500">{t('history.none')}</p>;
  return <AuditTable entries={history.data.items} caption={t('history.title')} showIssue={false} />;
}
