import { Link } from 'wouter';
import type { AuditEntry } from '../../../../api/contract.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useReviewT } from '../i18n.ts';

/** Event details as short `key: value` pairs; nested values as compact JSON. */
export function detailText(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

export function AuditTable({
  entries,
  caption,
  showIssue = true,
  stale = false,
  issueLink,
}: {
  entries: AuditEntry[];
  caption: string;
  showIssue?: boolean;
  stale?: boolean;
  issueLink?: (issueId: string) => string;
}) {
  const { t, language } = useReviewT();
  return (
    <div className="overflow-x-auto">
      <table className={`w-full text-sm ${stale ? 'opacity-60' : ''}`} aria-busy={stale}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-left text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('audit.colTime')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('audit.colUser')}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('audit.colAction')}
            </th>
            {showIssue && (
              <th scope="col" className="px-3 py-2 font-semibold">
                {t('audit.colIssue')}
              </th>
            )}
            <th scope="col" className="px-3 py-2 font-semibold">
              {t('audit.colDetails')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                <time dateTime={e.at}>{formatDateTime(e.at, language)}</time>
              </td>
              <td className="px-3 py-1.5">
                {e.actor ? e.actor.displayName : <span className="text-slate-400">{t('audit.system')}</span>}
              </td>
              <td className="px-3 py-1.5">{t(`audit.actions.${e.action}`)}</td>
              {showIssue && (
                <td className="px-3 py-1.5 font-mono text-xs">
                  {e.issueId && issueLink ? (
                    <Link href={issueLink(e.issueId)} className="text-sky-800 underline">
                      {e.issueId}
                    </Link>
                  ) : (
                    (e.issueId ?? '—')
                  )}
                </td>
              )}
              <td className="max-w-md px-3 py-1.5 text-xs break-words text-slate-600">
                {detailText(e.details)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
