import { useMemo } from 'react';
import type { Change } from '../../../../core/diff/index.ts';
import type { Role } from '../../../../core/model.ts';
import { useReviewT, type ReviewKey } from '../i18n.ts';
import { describeChange, isFieldChange, type Numbering, type Words } from '../logic/describeChange.ts';
import { TextDiff } from './TextDiff.tsx';

export interface ChangesPanelProps {
  changes: Change[];
  numbering: Numbering;
  selected: number | null;
  onSelect: (index: number) => void;
}

/** Every difference against the proposal, in source order; choosing one shows it in the source. */
export function ChangesPanel({ changes, numbering, selected, onSelect }: ChangesPanelProps) {
  const { t, language } = useReviewT();
  const words: Words = useMemo(() => {
    const list = new Intl.ListFormat(language, { type: 'conjunction' });
    return {
      role: (role: Role | null) => (role ? t(`roles.${role}` as ReviewKey) : t('changes.noRole')),
      label: (label: string | null) =>
        label
          ? (t(`labels.${label}` as ReviewKey, { defaultValue: label }) as string)
          : t('changes.unlabelled'),
      list: (items: string[]) => list.format(items),
    };
  }, [t, language]);

  if (changes.length === 0) return <p className="px-4 py-6 text-sm text-slate-600">{t('changes.none')}</p>;
  return (
    <div>
      <p className="px-4 pt-3 text-xs text-slate-500">{t('changes.count', { count: changes.length })}</p>
      <ol aria-label={t('changes.title')} className="divide-y divide-slate-100">
        {changes.map((change, index) => {
          const message = describeChange(change, numbering, words);
          const isSelected = index === selected;
          return (
            <li key={index} className={isSelected ? 'bg-yellow-50' : ''}>
              <button
                type="button"
                aria-current={isSelected ? 'true' : undefined}
                onClick={() => onSelect(index)}
                title={t('changes.showInSource')}
                className="block w-full px-4 py-2 text-left text-sm hover:bg-slate-50 focus-visible:bg-slate-50"
              >
                <span className="block text-slate-900">{t(message.key, message.values)}</span>
                {isFieldChange(change) && (
                  <span className="mt-1 block rounded border border-slate-200 bg-white px-2 py-1">
                    <TextDiff ops={change.text} />
                  </span>
                )}
                <span className="mt-0.5 block text-xs text-slate-500">
                  {t('changes.at', { line: change.at.line + 1 })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
