import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useEditor } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { articleIds } from '../state/docIndex.ts';
import { ArticleCard } from './ArticleCard.tsx';

/** One card per article in reading order, virtualised like the source. */
export function ArticlesPane() {
  const { t } = useEditorT();
  const ids = useEditor((s) => articleIds(s.doc));
  const focusId = useEditor((s) => s.focusArticleId);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 390,
    overscan: 3,
    getItemKey: (index) => ids[index] ?? index,
  });

  // Follow the source: bring the highlighted card into view when it is off screen.
  useEffect(() => {
    if (!focusId) return;
    const index = ids.indexOf(focusId);
    if (index < 0) return;
    const el = scroller.current;
    const card = el?.querySelector(`[data-article="${CSS.escape(focusId)}"]`)?.getBoundingClientRect();
    const box = el?.getBoundingClientRect();
    if (card && box && card.top >= box.top - 1 && card.top < box.bottom - 40) return;
    virtualizer.scrollToIndex(index, { align: 'start' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId]);

  return (
    <section aria-label={t('page.articlesPane')} className="flex min-h-0 min-w-0 flex-col bg-slate-50">
      <div ref={scroller} data-articles-scroller className="min-h-0 flex-1 overflow-auto px-3">
        {ids.length === 0 ? (
          <p className="p-6 text-sm text-slate-600">{t('page.empty')}</p>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="py-1.5"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <ArticleCard id={ids[item.index] as string} />
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
