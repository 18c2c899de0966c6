import { useQuery } from '@tanstack/react-query';
import type { Reporter } from '../../../../core/model.ts';
import { REPORTER_ROLES } from '../../../../core/reporters.ts';
import { reportersQueryOptions } from '../../../api/reporters.ts';
import { useSettled } from '../hooks/useSettled.ts';
import { useEditorT } from '../i18n.ts';
import { ReporterInput } from './ReporterInput.tsx';

/** How long a chip must stay on screen before it asks the roster (one request per name). */
const ROSTER_CHECK_DELAY_MS = 400;

function useInRoster(name: string): boolean | null {
  const settled = useSettled(ROSTER_CHECK_DELAY_MS);
  const q = useQuery({ ...reportersQueryOptions(name, 20), enabled: settled && name.length > 0 });
  if (!q.data) return null;
  return q.data.items.some((r) => r.name === name);
}

function Chip({
  reporter,
  onRole,
  onRemove,
}: {
  reporter: Reporter;
  onRole: (role: string | null) => void;
  onRemove: () => void;
}) {
  const { t } = useEditorT();
  const inRoster = useInRoster(reporter.name);
  return (
    <li className="flex items-center gap-1 rounded-full border border-slate-300 bg-white py-0.5 pr-1 pl-2.5 text-sm">
      <span>{reporter.name}</span>
      {inRoster === false && (
        <span
          title={t('reporters.newNameTitle')}
          className="rounded bg-amber-100 px-1 text-[11px] font-semibold text-amber-900"
        >
          {t('reporters.newName')}
        </span>
      )}
      <select
        aria-label={t('reporters.role', { name: reporter.name })}
        value={reporter.role ?? ''}
        onChange={(e) => onRole(e.target.value || null)}
        className="max-w-28 rounded border-0 bg-transparent text-xs text-slate-600"
      >
        <option value="">{t('reporters.noRole')}</option>
        {[...new Set([...(reporter.role ? [reporter.role] : []), ...REPORTER_ROLES])].map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label={t('reporters.remove', { name: reporter.name })}
        onClick={onRemove}
        className="flex h-5 w-5 items-center justify-center rounded-full text-slate-500 hover:bg-slate-200"
      >
        ×
      </button>
    </li>
  );
}

/** Reporter chips (name + role) with roster autocomplete; names not in the roster are marked new. */
export function ReporterChips({
  reporters,
  onChange,
}: {
  reporters: Reporter[];
  onChange: (next: Reporter[]) => void;
}) {
  const { t } = useEditorT();
  return (
    <div>
      <div className="text-xs font-medium text-slate-500">{t('card.reporters')}</div>
      <ul className="mt-1 flex flex-wrap items-center gap-1.5" aria-label={t('card.reporters')}>
        {reporters.map((r, i) => (
          <Chip
            key={`${r.name}-${i}`}
            reporter={r}
            onRole={(role) => onChange(reporters.map((x, j) => (j === i ? { ...x, role } : x)))}
            onRemove={() => onChange(reporters.filter((_, j) => j !== i))}
          />
        ))}
        <li>
          <ReporterInput onPick={(r) => onChange([...reporters, r])} exclude={reporters.map((r) => r.name)} />
        </li>
      </ul>
    </div>
  );
}
