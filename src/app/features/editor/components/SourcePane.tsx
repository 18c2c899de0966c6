import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useEditor, useEditorStore } from '../context.ts';
import { useEditorT } from '../i18n.ts';
import { spanAtOrBefore } from '../state/docIndex.ts';
import { lineSpan } from '../state/geometry.ts';
import { offsetFromPoint } from './hitTest.ts';
import { SourceLine } from './SourceLine.tsx';

/** Measured on the 15 px CJK text: one wrapped row is 28 px, a character about 15.4 px wide. */
const ROW_PX = 28;
const LINE_PADDING_PX = 4;
const BLANK_LINE_PX = 24;
const CHAR_PX = 15.4;
/** Line number, gutter and right padding beside the text. */
const CHROME_PX = 92;
/** Quiet time after the last scroll event before the articles pane follows. */
const FOLLOW_AFTER_SCROLL_MS = 150;

export interface SourceMenuRequest {
  x: number;
  y: number;
  offset: number;
}

/**
 * The raw text, virtualised by line: only the rows in view exist in the DOM, so a million-character
 * issue scrolls like a short one. Clicking places the caret, dragging selects characters.
 */
export function SourcePane({ onMenu }: { onMenu: (request: SourceMenuRequest) => void }) {
  const { t } = useEditorT();
  const store = useEditorStore();
  const src = useEditor((s) => s.src);
  const reveal = useEditor((s) => s.reveal);
  const scroller = useRef<HTMLDivElement>(null);
  const count = src.lineStarts().length;
  // Good estimates keep long jumps cheap: every wrong guess costs a measurement and a correction.
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const estimateSize = useCallback(
    (index: number) => {
      const { start, end } = lineSpan(src, index);
      if (end === start) return BLANK_LINE_PX;
      const perRow = Math.max(8, Math.floor((width - CHROME_PX) / CHAR_PX));
      return LINE_PADDING_PX + Math.ceil((end - start) / perRow) * ROW_PX;
    },
    [src, width],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize,
    // Few rows beyond the view: a long wheel step replaces every row, and each extra one is drawn for nothing.
    overscan: 3,
  });

  useEffect(() => {
    if (!reveal) return;
    const line = src.lineOf(reveal.offset);
    const items = virtualizer.getVirtualItems();
    const box = scroller.current?.getBoundingClientRect();
    const row = scroller.current?.querySelector(`[data-index="${line}"]`)?.getBoundingClientRect();
    const visible = box && row && row.top >= box.top && row.bottom <= box.bottom;
    if (!visible || items.length === 0) virtualizer.scrollToIndex(line, { align: 'center' });
    // Only a new reveal request scrolls; re-renders of the virtualizer must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal, src]);

  // The card of the article in the middle of the view is highlighted once the source stops scrolling.
  // Not on every frame: each move of the highlight re-renders the toolbar and scrolls the articles
  // pane, which mounts cards; doing that per wheel step is what made long scrolls stutter.
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(settle.current), []);
  const onScroll = () => {
    clearTimeout(settle.current);
    settle.current = setTimeout(() => {
      const el = scroller.current;
      if (!el || store.getState().drag) return;
      const middle = virtualizer.getVirtualItemForOffset(el.scrollTop + el.clientHeight / 2);
      if (!middle) return;
      const span = spanAtOrBefore(store.getState().doc, lineSpan(src, middle.index).end);
      if (span?.articleId) store.getState().focusArticle(span.articleId);
    }, FOLLOW_AFTER_SCROLL_MS);
  };

  const onMouseDown = (event: ReactMouseEvent) => {
    if (event.button !== 0 || (event.target as Element).closest('button')) return;
    const offset = offsetFromPoint(event.clientX, event.clientY);
    if (offset === null) return;
    event.preventDefault();
    scroller.current?.focus({ preventScroll: true });
    const { selection, select } = store.getState();
    const anchor = event.shiftKey && selection.kind === 'caret' ? selection.anchor : offset;
    select({ kind: 'caret', offset, anchor });
    const onMove = (e: MouseEvent) => {
      const to = offsetFromPoint(e.clientX, e.clientY);
      if (to !== null) store.getState().select({ kind: 'caret', offset: to, anchor });
    };
    const onUp = () => {
      window.removeEventListener('mousemove', onMove);
      window.removeEventListener('mouseup', onUp);
    };
    window.addEventListener('mousemove', onMove);
    window.addEventListener('mouseup', onUp);
  };

  const onContextMenu = (event: ReactMouseEvent) => {
    const offset = offsetFromPoint(event.clientX, event.clientY);
    if (offset === null) return;
    event.preventDefault();
    const { selection, select } = store.getState();
    const inRange =
      selection.kind === 'caret' &&
      offset >= Math.min(selection.anchor, selection.offset) &&
      offset <= Math.max(selection.anchor, selection.offset) &&
      selection.anchor !== selection.offset;
    if (!inRange) select({ kind: 'caret', offset, anchor: offset });
    onMenu({ x: event.clientX, y: event.clientY, offset });
  };

  return (
    <section
      aria-label={t('page.sourcePane')}
      className="flex min-h-0 min-w-0 flex-col border-r border-slate-200 bg-white"
    >
      <div
        ref={scroller}
        data-source-scroller
        tabIndex={0}
        onScroll={onScroll}
        onMouseDown={onMouseDown}
        onContextMenu={onContextMenu}
        className="min-h-0 flex-1 overflow-auto focus:outline-none"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
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
              <SourceLine line={item.index} />
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
