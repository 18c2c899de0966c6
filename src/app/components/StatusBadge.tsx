import { useTranslation } from 'react-i18next';
import type { IssueStatus } from '../../api/contract.ts';

const COLORS: Record<IssueStatus, string> = {
  proposed: 'bg-slate-100 text-slate-700 ring-slate-300',
  in_progress: 'bg-sky-50 text-sky-800 ring-sky-300',
  submitted: 'bg-amber-50 text-amber-800 ring-amber-300',
  approved: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  changes_requested: 'bg-rose-50 text-rose-800 ring-rose-300',
};

export function StatusBadge({ status }: { status: IssueStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${COLORS[status]}`}
    >
      {t(`status.${status}`)}
    </span>
  );
}
