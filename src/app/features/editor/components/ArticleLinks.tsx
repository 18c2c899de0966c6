import type { Article } from '../../../../core/model.ts';
import { useEditor, useRunCommand } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { articleById, articleNumber, articleStart, liveSuggestions } from '../state/docIndex.ts';

/** Continuation parts ("continues at line 80", with unlink) and a pending suggestion to accept. */
export function ArticleLinks({ article }: { article: Article }) {
  const { t } = useEditorT();
  const run = useRunCommand();
  const src = useEditor((s) => s.src);
  const suggestion = useEditor(
    (s) => liveSuggestions(s.doc, s.suggestions).find((x) => x.articleId === article.id) ?? null,
  );
  const fragment = useEditor((s) =>
    suggestion ? (articleById(s.doc, suggestion.fragmentId) ?? null) : null,
  );
  const fragmentNumber = useEditor((s) => (suggestion ? articleNumber(s.doc, suggestion.fragmentId) : 0));
  const later = article.parts.slice(1);
  if (later.length === 0 && !(suggestion && fragment)) return null;
  return (
    <ul className="space-y-1 text-sm">
      {later.map((p, i) => {
        const line = src.lineOf(p.start) + 1;
        return (
          <li key={p.start} className="flex items-center gap-2 text-slate-700">
            <span aria-hidden="true">↪</span>
            <span>{t('card.continuesAt', { line })}</span>
            <button
              type="button"
              aria-label={t('card.unlinkPart', { line })}
              onClick={() => run('link.unlink', { articleId: article.id, partIndex: i + 1 })}
              className="text-xs text-sky-800 underline"
            >
              {t('card.unlink')}
            </button>
          </li>
        );
      })}
      {suggestion && fragment && (
        <li className="flex items-center gap-2 rounded bg-violet-50 px-2 py-1 text-violet-900">
          <span aria-hidden="true">?</span>
          <span>
            {t('card.suggested', { line: src.lineOf(articleStart(fragment)) + 1, number: fragmentNumber })}
          </span>
          <button
            type="button"
            onClick={() => run('link.link', { fragmentId: fragment.id, targetId: article.id })}
            className="rounded bg-violet-700 px-2 py-0.5 text-xs font-medium text-white"
          >
            {t('card.accept')} (A)
          </button>
        </li>
      )}
    </ul>
  );
}
