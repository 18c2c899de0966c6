import type { DerivedArticle } from '../../../../core/derive.ts';
import { useEditorT } from '../i18n.ts';

/** The clean export of one article, as the JSON download will hold it. */
export function ArticlePreview({ number, d }: { number: number; d: DerivedArticle }) {
  const { t } = useEditorT();
  const clean = {
    kicker: d.kicker,
    headline: d.headline,
    subheadlines: d.subheadlines,
    byline: d.byline,
    reporters: d.reporters,
    paragraphs: d.paragraphs,
  };
  return (
    <figure className="rounded border border-slate-200 bg-slate-50">
      <figcaption className="border-b border-slate-200 px-2 py-1 text-xs font-medium text-slate-600">
        {t('preview.article', { number })}
      </figcaption>
      <pre className="max-h-72 overflow-auto p-2 text-xs leading-5 whitespace-pre-wrap">
        {JSON.stringify(clean, null, 2)}
      </pre>
    </figure>
  );
}
