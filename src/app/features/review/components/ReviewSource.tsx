import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Doc } from '../../../../core/model.ts';
import type { SourceText } from '../../../../core/text.ts';
import { bandColour, edgeColour, HATCH, ROLE_CLASS } from '../../editor/components/styles.ts';
import { lineSpan } from '../../editor/state/geometry.ts';
import { layoutLine } from '../../editor/state/lineRuns.ts';
import { useReviewT } from '../i18n.ts';
import { cutAt, type Highlight } from '../logic/highlight.ts';

const ROW_PX = 28;
const CHARS_PER_ROW = 40;

interface LineProps {
  src: SourceText;
  doc: Doc;
  line: number;
  highlight: Highlight | null;
  commented: boolean;
  selected: boolean;
  onLineClick?: ((line: number) => void) | undefined;
}

const SourceRow = memo(function SourceRow({
  src,
  doc,
  line,
  highlight,
  commented,
  selected,
  onLineClick,
}: LineProps) {
  const { t } = useReviewT();
  const layout = useMemo(() => layoutLine(doc, src, line), [doc, src, line]);
  const pieces = useMemo(() => cutAt(layout.runs, highlight), [layout, highlight]);
  const owner = layout.runs.find((r) => r.kind === 'article');
  const lit =
    pieces.some((p) => p.lit) ||
    (highlight !== null && highlight.line === line && highlight.start === highlight.end);
  const boundary = layout.markers.find((m) => m.kind === 'boundary');
  const continuation = layout.markers.find((m) => m.kind === 'continuation');
  return (
    <div
      data-line={line}
      data-highlighted={lit || undefined}
      className={`flex items-start gap-2 border-l-4 pr-3 ${lit ? 'bg-yellow-50 ring-2 ring-yellow-400 ring-inset' : ''} ${selected ? 'outline-2 outline-sky-500 outline-dashed' : ''}`}
      style={{ borderLeftColor: owner ? edgeColour(owner.number) : 'transparent' }}
    >
      <button
        type="button"
        onClick={() => onLineClick?.(line)}
        disabled={!onLineClick}
        aria-label={t('source.commentOnLine', { line: line + 1 })}
        className={`w-12 shrink-0 py-1 text-right font-mono text-xs tabular-nums hover:text-sky-700 disabled:cursor-default ${commented ? 'font-bold text-amber-700' : 'text-slate-400'}`}
      >
        {commented && <span aria-hidden="true">● </span>}
        {line + 1}
      </button>
      <div className="min-w-0 flex-1 py-1 leading-6 break-all whitespace-pre-wrap">
        {(boundary || continuation) && (
          <span
            className="mr-1.5 inline-block rounded px-1.5 align-baseline text-xs font-semibold text-white"
            style={{ backgroundColor: edgeColour((boundary ?? continuation)!.number) }}
          >
            {boundary
              ? t('source.article', { number: boundary.number })
              : t('source.continuation', { number: continuation!.number })}
          </span>
        )}
        {pieces.map((p) => (
          <span
            key={p.start}
            data-start={p.start}
            className={`${p.role ? ROLE_CLASS[p.role] : ''} ${p.lit ? 'rounded-sm bg-yellow-200' : ''}`}
            style={
              p.lit
                ? undefined
                : p.kind === 'article'
                  ? { backgroundColor: bandColour(p.number, false) }
                  : p.kind === 'unassigned'
                    ? { backgroundImage: HATCH }
                    : undefined
            }
            title={p.kind === 'unassigned' ? t('source.unassigned') : undefined}
          >
            {src.slice(p.start, p.end)}
          </span>
        ))}
      </div>
    </div>
  );
});

export interface ReviewSourceProps {
  src: SourceText;
  doc: Doc;
  /** What to scroll to and light up; a new object scrolls again even to the same place. */
  highlight: Highlight | null;
  /** Lines that have a comment anchored to them. */
  commentedLines: Set<number>;
  selectedLine: number | null;
  onLineClick?: (line: number) => void;
}

/** The corrected segmentation over the source, read-only and virtualised by line. */
export function ReviewSource({
  src,
  doc,
  highlight,
  commentedLines,
  selectedLine,
  onLineClick,
}: ReviewSourceProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = src.lineStarts().length;
  const estimateSize = useCallback(
    (index: number) => {
      const { start, end } = lineSpan(src, index);
      return Math.max(1, Math.ceil((end - start) / CHARS_PER_ROW)) * ROW_PX;
    },
    [src],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: 10,
  });

  useEffect(() => {
    if (highlight) virtualizer.scrollToIndex(highlight.line, { align: 'center' });
    // Only a new highlight scrolls; re-renders of the virtualizer must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [highlight]);

  return (
    <div
      ref={scroller}
      data-source-scroller
      tabIndex={0}
      className="h-full min-h-0 overflow-auto bg-white focus:outline-none"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const { start, end } = lineSpan(src, item.index);
          const touches =
            highlight !== null &&
            (highlight.line === item.index ||
              (highlight.start < Math.max(end, start + 1) && highlight.end > start));
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <SourceRow
                src={src}
                doc={doc}
                line={item.index}
                highlight={touches ? highlight : null}
                commented={commentedLines.has(item.index)}
                selected={selectedLine === item.index}
                onLineClick={onLineClick}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
