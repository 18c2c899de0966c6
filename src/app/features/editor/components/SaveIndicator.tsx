import { useEditor } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import type { SaveStatus } from '../store.ts';

const LOOK: Record<SaveStatus, { icon: string; className: string }> = {
  saved: { icon: '✓', className: 'text-emerald-700' },
  pending: { icon: '●', className: 'text-slate-600' },
  saving: { icon: '↻', className: 'text-slate-600' },
  offline: { icon: '⚠', className: 'text-amber-800' },
  conflict: { icon: '⚠', className: 'text-red-700 font-semibold' },
  error: { icon: '✕', className: 'text-red-700' },
};

export function SaveIndicator() {
  const { t } = useEditorT();
  const status = useEditor((s) => s.save.status);
  const look = LOOK[status];
  return (
    <span
      role="status"
      aria-live="polite"
      data-save-status={status}
      title={t(`save.${status}`)}
      className={`flex w-52 min-w-0 shrink items-center gap-1 truncate text-sm whitespace-nowrap ${look.className}`}
    >
      <span aria-hidden="true">{look.icon}</span>
      {t(`save.${status}`)}
    </span>
  );
}
