import { useCallback, type PointerEvent as ReactPointerEvent } from 'react';
import { useEditorStore } from '../context.ts';
import { lineFromPoint, offsetFromPoint } from '../components/hitTest.ts';
import { contentLineFrom, preferSentenceEnd } from '../state/geometry.ts';
import type { EditorStoreApi } from '../store.ts';

const CLICK_SLOP_PX = 4;
const EDGE_PX = 40;

/** Where the boundary would go for the pointer at (x, y): a line start, or with Alt any character. */
function targetAt(store: EditorStoreApi, x: number, y: number, alt: boolean): number | null {
  const { src } = store.getState();
  if (alt) {
    const offset = offsetFromPoint(x, y);
    return offset === null ? null : preferSentenceEnd(src, offset);
  }
  const line = lineFromPoint(x, y);
  return line === null ? null : contentLineFrom(src, line, 1);
}

function autoScroll(y: number): void {
  const pane = document.querySelector<HTMLElement>('[data-source-scroller]');
  if (!pane) return;
  const box = pane.getBoundingClientRect();
  if (y < box.top + EDGE_PX) pane.scrollBy(0, -16);
  else if (y > box.bottom - EDGE_PX) pane.scrollBy(0, 16);
}

/**
 * Dragging a boundary handle: the whole drag is one undo step (begin → previews → commit), Esc
 * cancels it (the global Escape command), and a press without movement just selects the boundary.
 * Window listeners, not pointer capture: the handle's row may scroll out and unmount mid-drag.
 */
export function useBoundaryDrag(articleId: string) {
  const store = useEditorStore();
  return useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0) return;
      event.preventDefault();
      (event.currentTarget as HTMLElement).focus();
      store.getState().select({ kind: 'boundary', articleId });
      const startX = event.clientX;
      const startY = event.clientY;
      let moved = false;
      store.getState().beginDrag('boundary.drag');
      const onMove = (e: PointerEvent) => {
        if (!store.getState().drag) return finish();
        if (!moved && Math.hypot(e.clientX - startX, e.clientY - startY) < CLICK_SLOP_PX) return;
        moved = true;
        autoScroll(e.clientY);
        const to = targetAt(store, e.clientX, e.clientY, e.altKey);
        if (to !== null) store.getState().previewDrag({ kind: 'moveBoundary', articleId, to });
      };
      const onUp = () => {
        if (store.getState().drag) {
          if (moved) store.getState().commitDrag();
          else store.getState().cancelDrag();
        }
        finish();
      };
      function finish() {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onUp);
      }
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onUp);
    },
    [store, articleId],
  );
}
