/**
 * Where the editor's gestures happen: which boundary handle to drag, which line to split, which
 * headline to type into. Read from the DOM the editor renders (src/app/features/editor/components).
 */
import type { Page } from '@playwright/test';

export const SOURCE_SCROLLER = '[data-source-scroller]';
export const EDITOR_READY = [
  '[data-source-scroller] [data-line-start] span',
  '[data-articles-scroller] article[data-article]',
];
export const TYPING_FIELD = '[data-bench-typing]';

export interface DragPlan {
  id: string;
  line: number;
  targetLine: number;
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * A gutter boundary handle near the middle of the view whose article's next-but-one line is in the
 * same article: dragging the boundary there moves the line between into the previous article.
 */
export function planDrag(page: Page): Promise<DragPlan | null> {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-source-scroller]');
    if (!scroller) return null;
    const view = scroller.getBoundingClientRect();
    const middle = (view.top + view.bottom) / 2;
    let best: DragPlan | null = null;
    for (const b of scroller.querySelectorAll<HTMLElement>(
      '[data-line] > div.relative > button[data-boundary]',
    )) {
      const line = Number(b.closest('[data-line]')?.getAttribute('data-line'));
      const box = b.getBoundingClientRect();
      const target = scroller.querySelector<HTMLElement>(`[data-line="${line + 2}"]`);
      const between = scroller.querySelector<HTMLElement>(`[data-line="${line + 1}"]`);
      if (
        !target ||
        !between ||
        target.querySelector('button[data-boundary]') ||
        between.querySelector('button[data-boundary]')
      )
        continue;
      if (!(target.querySelector('[data-line-start]')?.textContent ?? '').trim()) continue;
      const t = target.getBoundingClientRect();
      if (box.top < view.top + 60 || t.bottom > view.bottom - 60) continue;
      const plan = {
        id: b.dataset.boundary ?? '',
        line,
        targetLine: line + 2,
        from: { x: box.left + box.width / 2, y: box.top + box.height / 2 },
        to: { x: box.left + box.width / 2, y: t.top + Math.min(12, t.height / 2) },
      };
      if (!best || Math.abs(plan.from.y - middle) < Math.abs(best.from.y - middle)) best = plan;
    }
    return best;
  });
}

/** Where the handle of boundary `id` is now (after a drag it sits on another line). */
export function handleAt(page: Page, id: string): Promise<{ x: number; y: number; line: number } | null> {
  return page.evaluate((id) => {
    const b = document.querySelector<HTMLElement>(`[data-source-scroller] button[data-boundary="${id}"]`);
    const row = b?.closest('[data-line]');
    if (!b || !row) return null;
    const box = b.getBoundingClientRect();
    return {
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
      line: Number(row.getAttribute('data-line')),
    };
  }, id);
}

export function rowTop(page: Page, line: number): Promise<number | null> {
  return page.evaluate((line) => {
    const row = document.querySelector(`[data-source-scroller] [data-line="${line}"]`);
    const r = row?.getBoundingClientRect();
    return r ? r.top + Math.min(12, r.height / 2) : null;
  }, line);
}

/** True once the boundary's handle is drawn on `line` and the drag has ended (the handle is opaque again). */
export const boundaryDrawnOn = ({ id, line }: { id: string; line: number }): boolean => {
  const b = document.querySelector(`[data-source-scroller] button[data-boundary="${id}"]`);
  const row = b?.closest('[data-line]');
  return (
    !!b && !!row && Number(row.getAttribute('data-line')) === line && !b.className.includes('opacity-70')
  );
};

/** A body line near the middle of the view, away from any boundary: splitting there starts a new article. */
export function planSplit(page: Page): Promise<{ line: number; x: number; y: number } | null> {
  return page.evaluate(() => {
    const scroller = document.querySelector('[data-source-scroller]');
    if (!scroller) return null;
    const view = scroller.getBoundingClientRect();
    const middle = (view.top + view.bottom) / 2;
    let best: { line: number; x: number; y: number } | null = null;
    for (const row of scroller.querySelectorAll<HTMLElement>('[data-line]')) {
      const text = row.querySelector<HTMLElement>('[data-line-start]');
      const first = text?.querySelector<HTMLElement>('[data-role="body"] [data-start]');
      if (!text || !first || row.querySelector('button[data-boundary]')) continue;
      const r = first.getBoundingClientRect();
      if (r.top < view.top + 40 || r.bottom > view.bottom - 40) continue;
      const plan = { line: Number(row.dataset.line), x: r.left + 1, y: r.top + Math.min(10, r.height / 2) };
      if (!best || Math.abs(plan.y - middle) < Math.abs(best.y - middle)) best = plan;
    }
    return best;
  });
}

export const handlesOnLine = ({ line, count }: { line: number; count: number }): boolean =>
  document.querySelectorAll(`[data-source-scroller] [data-line="${line}"] button[data-boundary]`).length ===
  count;

/** Marks the headline field of the first card in view, so the typing check can find it. */
export async function markHeadline(page: Page): Promise<boolean> {
  const field = page
    .locator('[data-articles-scroller] article')
    .first()
    .getByLabel('Headline', { exact: true });
  if ((await field.count()) === 0) return false;
  await field.evaluate((el) => el.setAttribute('data-bench-typing', ''));
  await field.click();
  await field.press('End');
  return true;
}
