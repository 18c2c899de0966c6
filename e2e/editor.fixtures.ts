/**
 * The editor page object for the editor specs. Each test works on its own copy of the sample issue
 * (the sample text plus a unique run of trailing spaces, so the import is not a duplicate), which
 * keeps tests that edit the document independent of each other and of the library specs.
 */
import { readFileSync } from 'node:fs';
import {
  test as base,
  expect,
  type APIRequestContext,
  type Download,
  type Locator,
  type Page,
} from '@playwright/test';
import { editorZhCN as ez } from '../src/app/features/editor/i18n.ts';
import { E2E_ADMIN } from './env.ts';
import { fill } from './fixtures.ts';

export { expect, ez, fill };

export const SAMPLE_TEXT = readFileSync(
  new URL('../fixtures/samples/hengyang-evening-news.txt', import.meta.url),
  'utf8',
);
const CODE_POINTS = [...SAMPLE_TEXT];

/** Code-point offset of the first occurrence of `needle` in the sample. */
export function offsetOf(needle: string): number {
  const cu = SAMPLE_TEXT.indexOf(needle);
  if (cu < 0) throw new Error(`not in the sample: ${needle}`);
  return [...SAMPLE_TEXT.slice(0, cu)].length;
}

/** 0-based line of the first occurrence of `needle`. */
export function lineOf(needle: string): number {
  return SAMPLE_TEXT.slice(0, SAMPLE_TEXT.indexOf(needle)).split('\n').length - 1;
}

export function sampleSlice(start: number, end: number): string {
  return CODE_POINTS.slice(start, end).join('');
}

export interface ExportArticle {
  id: string;
  kicker: string | null;
  headline: string;
  subheadlines: string[];
  byline: string | null;
  reporters: { name: string; role: string | null }[];
  paragraphs: string[];
  spans: { start: number; end: number; link?: unknown }[];
  roles: { start: number; end: number; role: string }[];
  confirmed: boolean;
  overrides: string[];
}

export interface ExportJson {
  schema: string;
  articles: ExportArticle[];
  unassigned: { start: number; end: number; label: string | null; text: string }[];
}

/** The article whose spans hold the character at `offset`. */
export function articleAt(exp: ExportJson, offset: number): ExportArticle | undefined {
  return exp.articles.find((a) => a.spans.some((s) => s.start <= offset && offset < s.end));
}

export async function loginByApi(request: APIRequestContext): Promise<void> {
  const res = await request.post('/api/auth/login', {
    headers: { 'X-Galley-CSRF': '1' },
    data: { username: E2E_ADMIN.username, password: E2E_ADMIN.password },
  });
  expect(res.ok()).toBe(true);
}

let copies = 0;

/** Imports a private copy of the sample and returns its issue id. */
export async function importSampleCopy(request: APIRequestContext, tag: string): Promise<string> {
  copies++;
  const unique = ' '.repeat(1 + ((Date.now() + copies * 7919 + tag.length * 104729) % 100_000));
  const res = await request.post('/api/issues/import', {
    headers: { 'X-Galley-CSRF': '1' },
    multipart: {
      publication: `编辑器测试 ${tag}`,
      files: {
        name: `editor-e2e-${tag}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(`${SAMPLE_TEXT}${unique}\n`, 'utf8'),
      },
    },
  });
  expect(res.ok(), await res.text()).toBe(true);
  const body = (await res.json()) as { results: { status: string; issueId?: string }[] };
  expect(body.results[0]?.status).toBe('imported');
  return body.results[0]?.issueId as string;
}

export class EditorPage {
  readonly source: Locator;
  readonly articles: Locator;
  readonly saveStatus: Locator;
  readonly undo: Locator;
  readonly redo: Locator;
  readonly download: Locator;

  constructor(readonly page: Page) {
    this.source = page.getByRole('region', { name: ez.page.sourcePane });
    this.articles = page.getByRole('region', { name: ez.page.articlesPane });
    this.saveStatus = page.locator('[data-save-status]');
    const toolbar = page.getByRole('toolbar', { name: ez.page.toolbar });
    this.undo = toolbar.getByRole('button', { name: ez.toolbar.undo });
    this.redo = toolbar.getByRole('button', { name: ez.toolbar.redo });
    this.download = toolbar.getByRole('button', { name: ez.toolbar.download });
  }

  async open(issueId: string): Promise<void> {
    await this.page.goto(`/issues/${issueId}`);
    await expect(this.card(1)).toBeVisible({ timeout: 30_000 });
  }

  card(number: number): Locator {
    return this.articles.getByRole('article', { name: new RegExp(`^${fill(ez.card.article, { number })}:`) });
  }

  row(line: number): Locator {
    return this.source.locator(`[data-line="${line}"]`);
  }

  /** The handle of the boundary before article `number`, whatever its confidence. */
  boundary(number: number): Locator {
    const prefix = fill(ez.source.boundary, { number, confidence: '' }).split('，')[0] as string;
    return this.source.getByRole('button', { name: new RegExp(`^${prefix}，`) });
  }

  /** The 0-based line whose row holds the boundary handle of article `number`. */
  async boundaryLine(number: number): Promise<number> {
    return Number(
      await this.boundary(number).locator('xpath=ancestor::*[@data-line][1]').getAttribute('data-line'),
    );
  }

  /** The screen box of the character at a code-point offset (it must be rendered). */
  async charBox(offset: number): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.page.evaluate((at) => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-start]')) {
        const start = Number(el.dataset.start);
        const node = el.firstChild;
        if (!node || node.nodeType !== Node.TEXT_NODE) continue;
        const chars = [...(node.textContent ?? '')];
        if (at < start || at >= start + chars.length) continue;
        const cu = chars.slice(0, at - start).join('').length;
        const range = document.createRange();
        range.setStart(node, cu);
        range.setEnd(node, cu + (chars[at - start]?.length ?? 1));
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    }, offset);
    if (!box) throw new Error(`character ${offset} is not rendered`);
    return box;
  }

  /** Scrolls the source so that `line` is rendered, by choosing the card of the article holding it. */
  async revealLine(line: number): Promise<void> {
    await this.page.evaluate((l) => {
      const scroller = document.querySelector<HTMLElement>('[data-source-scroller]');
      const rows = [...document.querySelectorAll<HTMLElement>('[data-line]')];
      if (rows.some((r) => Number(r.dataset.line) === l)) {
        rows.find((r) => Number(r.dataset.line) === l)?.scrollIntoView({ block: 'center' });
        return;
      }
      // Not rendered: jump by the row estimate, the virtualiser renders it, then centre it.
      if (scroller) scroller.scrollTop = Math.max(0, l * 40 - 200);
    }, line);
    await expect(this.row(line)).toBeAttached();
    await this.row(line).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  }

  async clickChar(offset: number, options: { button?: 'left' | 'right' } = {}): Promise<void> {
    const box = await this.charBox(offset);
    await this.page.mouse.click(box.x + 1, box.y + box.height / 2, { button: options.button ?? 'left' });
  }

  /** Drags across the characters [start, end) to select them. */
  async selectChars(start: number, end: number): Promise<void> {
    const from = await this.charBox(start);
    const to = await this.charBox(end - 1);
    await this.page.mouse.move(from.x + 1, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width - 1, to.y + to.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveAttribute('data-save-status', 'saved', { timeout: 15_000 });
  }

  async downloadExport(): Promise<ExportJson> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.download.click()]);
    return readDownload(download);
  }
}

export async function readDownload(download: Download): Promise<ExportJson> {
  const path = await download.path();
  return JSON.parse(readFileSync(path, 'utf8')) as ExportJson;
}

export const test = base.extend<{ editor: EditorPage; issueId: string }>({
  issueId: async ({ page }, use, testInfo) => {
    await loginByApi(page.request);
    await use(
      await importSampleCopy(
        page.request,
        `${testInfo.workerIndex}-${testInfo.testId.slice(0, 8)}-${testInfo.retry}`,
      ),
    );
  },
  editor: async ({ page, issueId }, use) => {
    const editor = new EditorPage(page);
    await editor.open(issueId);
    await use(editor);
  },
});
