import type { DiffFigures } from '../../../../core/diff/index.ts';
import { useReviewT } from '../i18n.ts';

/** The agreement figures between the proposal and the corrected document. */
export function FiguresPanel({ figures }: { figures: DiffFigures }) {
  const { t, language } = useReviewT();
  const int = new Intl.NumberFormat(language);
  const ratio = new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const rows: [string, string][] = [
    [t('figures.proposalArticles'), int.format(figures.proposalArticles)],
    [t('figures.resultArticles'), int.format(figures.resultArticles)],
    [t('figures.boundariesChanged'), int.format(figures.boundariesChanged)],
    [t('figures.splitMergeDistance'), int.format(figures.splitMergeDistance)],
    [t('figures.windowDiff', { k: figures.windowSize }), ratio.format(figures.windowDiff)],
    [t('figures.bcubedF1'), ratio.format(figures.bcubedF1)],
  ];
  return (
    <section aria-label={t('figures.title')} className="border-b border-slate-200 px-4 py-3">
      <h2 className="sr-only">{t('figures.title')}</h2>
      <dl className="grid grid-cols-3 gap-x-4 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="min-w-0">
            <dt className="truncate text-xs text-slate-500" title={label}>
              {label}
            </dt>
            <dd className="font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
