import { memo, useState, type DragEvent, type MouseEvent } from 'react';
import { useEditor, useEditorStore, useRunCommand } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { derived } from '../state/derived.ts';
import { articleById, articleNumber, articleStart } from '../state/docIndex.ts';
import { selectedArticleId } from '../state/selection.ts';
import { ArticleFields } from './ArticleFields.tsx';
import { ArticleLinks } from './ArticleLinks.tsx';
import { ArticlePreview } from './ArticlePreview.tsx';
import { CONFIDENCE_CLASS, confidenceLevel, edgeColour } from './styles.ts';

const DRAG_TYPE = 'application/x-galley-article';

function IconButton({
  label,
  onClick,
  children,
  disabled,
}: {
  label: string;
  onClick: () => void;
  children: string;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className="flex h-7 min-w-7 items-center justify-center rounded px-1 text-sm text-slate-600 hover:bg-slate-100 disabled:opacity-30"
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

/** One article: its number, boundary confidence, fields, reporters, paragraphs, flags and links. */
export const ArticleCard = memo(function ArticleCard({ id }: { id: string }) {
  const { t } = useEditorT();
  const store = useEditorStore();
  const run = useRunCommand();
  const article = useEditor((s) => articleById(s.doc, id));
  const number = useEditor((s) => articleNumber(s.doc, id));
  const total = useEditor((s) => s.doc.articles.length);
  const src = useEditor((s) => s.src);
  const focused = useEditor((s) => s.focusArticleId === id);
  const selected = useEditor((s) => selectedArticleId(s.selection) === id);
  const preview = useEditor((s) => s.ui.preview);
  const [dropping, setDropping] = useState(false);
  if (!article) return null;
  const d = derived(article, src);
  const level = confidenceLevel(article.boundary.confidence, article.boundary.confirmed);
  const startLine = src.lineOf(articleStart(article)) + 1;

  const choose = (event: MouseEvent) => {
    if ((event.target as Element).closest('input, textarea, select, button, [role="listbox"]')) return;
    store.getState().select({ kind: 'article', articleId: id });
    store.getState().revealOffset(articleStart(article));
  };
  const onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
    e.preventDefault();
    setDropping(true);
  };
  const onDrop = (e: DragEvent) => {
    setDropping(false);
    const fragmentId = e.dataTransfer.getData(DRAG_TYPE);
    if (fragmentId && fragmentId !== id) {
      e.preventDefault();
      run('link.link', { fragmentId, targetId: id });
    }
  };
  const paragraphs = d.paragraphs;
  const firstWords = paragraphs[0]?.slice(0, 28) ?? '';

  return (
    <article
      aria-label={`${t('card.article', { number })}: ${d.headline || t('card.noHeadline')}`}
      data-article={id}
      aria-current={selected ? true : undefined}
      tabIndex={-1}
      onClick={choose}
      onDragOver={onDragOver}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
      style={{ borderLeftColor: edgeColour(number) }}
      className={`space-y-2 rounded-lg border border-l-4 bg-white p-3 shadow-sm ${selected ? 'ring-2 ring-sky-500' : focused ? 'ring-1 ring-sky-300' : ''} ${dropping ? 'bg-violet-50 outline-2 outline-violet-500 outline-dashed' : ''}`}
    >
      <header className="flex items-center gap-2">
        <span
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, id);
            e.dataTransfer.effectAllowed = 'link';
          }}
          title={t('card.dragToLink')}
          aria-label={t('card.dragToLink')}
          role="img"
          className="cursor-grab px-0.5 text-slate-400 select-none"
        >
          ⠿
        </span>
        <h3 className="text-sm font-semibold">{t('card.article', { number })}</h3>
        <span className={`rounded px-1.5 text-[11px] font-semibold ${CONFIDENCE_CLASS[level]}`}>
          {level === 'confirmed' ? '✓' : article.boundary.confidence.toFixed(2)}
        </span>
        <span className="text-xs text-slate-500">{t('source.line', { line: startLine })}</span>
        <div className="ml-auto flex items-center">
          {!article.boundary.confirmed && (
            <IconButton label={t('card.confirm')} onClick={() => run('boundary.confirm', id)}>
              ✓
            </IconButton>
          )}
          <IconButton label={t('card.merge')} disabled={number <= 1} onClick={() => run('article.merge', id)}>
            ⤒
          </IconButton>
          <IconButton
            label={t('card.moveUp')}
            disabled={number <= 1}
            onClick={() => run('article.moveUp', id)}
          >
            ↑
          </IconButton>
          <IconButton
            label={t('card.moveDown')}
            disabled={number >= total}
            onClick={() => run('article.moveDown', id)}
          >
            ↓
          </IconButton>
          <IconButton label={t('card.continuesArticle')} onClick={() => run('link.pick', id)}>
            ↪
          </IconButton>
          <button
            type="button"
            aria-label={t('card.preview')}
            title={t('card.preview')}
            aria-pressed={preview && selected}
            onClick={() => {
              if (preview && selected) return store.getState().setUi({ preview: false });
              store.getState().select({ kind: 'article', articleId: id });
              store.getState().setUi({ preview: true });
            }}
            className={`flex h-7 min-w-7 items-center justify-center rounded px-1 text-sm hover:bg-slate-100 ${preview && selected ? 'bg-sky-100 text-sky-900' : 'text-slate-600'}`}
          >
            <span aria-hidden="true">{'{ }'}</span>
          </button>
        </div>
      </header>
      <ArticleFields article={article} d={d} />
      <p className="text-sm text-slate-600">
        <span className="font-medium">{t('card.paragraphs', { count: paragraphs.length })}</span>
        {firstWords && <span className="text-slate-500"> · {firstWords}…</span>}
      </p>
      {d.flags.length > 0 && (
        <ul aria-label={t('card.flags')} className="flex flex-wrap gap-1">
          {d.flags.map((f) => (
            <li key={f} className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">
              {t(`flags.${f}`, { defaultValue: f })}
            </li>
          ))}
        </ul>
      )}
      <ArticleLinks article={article} />
      {preview && selected && <ArticlePreview number={number} d={d} />}
    </article>
  );
});
