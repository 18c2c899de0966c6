/**
 * The editor in Debian's Chromium against the production build served by the real server, beside the
 * same text in a plain <pre> page served over HTTP on the same machine.
 */
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { EDITOR_READY, SOURCE_SCROLLER } from '../browser/editor-page.ts';
import { figuresFor } from '../browser/figures.ts';
import { measurePage } from '../browser/measure-page.ts';
import { startPreServer } from '../browser/pre-page.ts';
import { generateIssue } from '../generate.ts';
import { distIsStale, viteBuild } from '../lib/build.ts';
import { sizeLabel, unavailable } from '../lib/figures.ts';
import type { SectionResult } from '../lib/figures.ts';
import { ADMIN, ApiClient, startGalley } from '../lib/galley-server.ts';
import type { BenchOptions } from '../lib/options.ts';

const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
const TYPED = 'abcdefghijklmnopqrst';

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

export async function runBrowser(options: BenchOptions): Promise<SectionResult> {
  const result: SectionResult = { figures: [], profiles: [], notes: [] };
  if (distIsStale()) {
    result.notes.push('dist/ was older than the app sources: rebuilt it with `vite build`');
    viteBuild();
  }
  const texts = new Map(options.sizes.map((chars) => [sizeLabel(chars), generateIssue(chars)]));
  const server = await startGalley();
  const pre = await startPreServer(texts);
  let browser: Browser | null = null;
  try {
    const api = await ApiClient.login(server.url);
    const ids = new Map<string, string>();
    for (const [label, text] of texts) {
      const t0 = performance.now();
      ids.set(label, await api.importText(`衡阳晚报-2022-09-01-bench-${label}.txt`, text));
      result.notes.push(
        `importing the ${label} issue through the API took ${Math.round(performance.now() - t0)} ms`,
      );
    }
    browser = await launch();
    result.notes.push(`Chromium ${browser.version()}, headless, viewport 1440×900`);
    const quick = options.quick;
    const biggest = Math.max(...options.sizes);
    for (const chars of options.sizes) {
      const label = sizeLabel(chars);
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
      try {
        const login = await context.request.post(`${server.url}/api/auth/login`, {
          data: ADMIN,
          headers: { 'X-Galley-CSRF': '1' },
        });
        if (!login.ok()) throw new Error(`browser login failed: ${login.status()}`);
        const common = {
          loads: quick ? 1 : 5,
          gestures: quick ? 2 : 10,
          typed: quick ? TYPED.slice(0, 5) : TYPED,
          scrollPasses: quick ? 1 : 5,
        };
        const ed = await measurePage(context, {
          ...common,
          kind: 'editor',
          url: `${server.url}/issues/${ids.get(label)}`,
          ready: EDITOR_READY,
          scroller: SOURCE_SCROLLER,
          profileAs: options.profile && chars === biggest ? `editor ${label}` : null,
        });
        const base = await measurePage(context, {
          ...common,
          kind: 'pre',
          url: pre.url(label),
          ready: ['pre'],
          scroller: '#scroller',
          profileAs: null,
        });
        const figs = figuresFor(chars, ed, base);
        result.figures.push(...figs);
        // Profiles only explain misses: keep them when a figure at this size missed its target.
        if (figs.some((x) => x.pass === false)) result.profiles.push(...ed.profiles);
      } catch (err) {
        // One size failing (the editor changed under the bench, say) must not cost the others.
        const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'failed';
        result.figures.push(
          unavailable(
            { section: 'browser', name: 'editor measurements', size: label, unit: '', stat: 'value' },
            reason,
          ),
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await pre.close();
    await server.stop();
  }
  return result;
}
