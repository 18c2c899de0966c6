import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/Button.tsx';
import { Spinner } from '../../../components/Spinner.tsx';
import { errorMessage } from '../../../i18n/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { approvedExportUrl, useApprovedExports } from '../api/approvedExports.ts';
import { useReviewT } from '../i18n.ts';

/** The frozen approved exports of an issue, newest first, each a plain download link. */
export function ExportsPanel({ issueId }: { issueId: string }) {
  const { t, language } = useReviewT();
  const { t: tShell } = useTranslation();
  const exports = useApprovedExports(issueId);
  if (exports.isPending)
    return (
      <div className="p-4">
        <Spinner label={t('exports.title')} />
      </div>
    );
  if (exports.isError) {
    return (
      <p role="alert" className="p-4 text-sm text-red-700">
        {errorMessage(tShell, exports.error)}
      </p>
    );
  }
  if (exports.data.length === 0) return <p className="p-4 text-sm text-slate-500">{t('exports.none')}</p>;
  return (
    <ol aria-label={t('exports.title')} className="divide-y divide-slate-100">
      {exports.data.map((e) => (
        <li key={e.version} className="flex items-center gap-3 px-4 py-2 text-sm">
          <div className="min-w-0 flex-1">
            <p className="font-semibold">{t('exports.version', { version: e.version })}</p>
            <p className="text-xs text-slate-500">
              {t('exports.detail', {
                revision: e.revision,
                name: e.approvedBy.displayName,
                when: formatDateTime(e.approvedAt, language),
              })}
            </p>
            <p className="truncate font-mono text-[0.7rem] text-slate-400" title={e.sha256}>
              sha256 {e.sha256}
            </p>
          </div>
          <a
            href={approvedExportUrl(issueId, e.version)}
            download
            aria-label={t('exports.downloadVersion', { version: e.version })}
            className={buttonClass('secondary', 'sm')}
          >
            {t('exports.download')}
          </a>
        </li>
      ))}
    </ol>
  );
}
