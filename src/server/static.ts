/**
 * The built SPA: hashed assets cached for a year, everything else revalidated, and index.html for
 * any other GET so client-side routes survive a reload.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

/** Issue ids as the server mints them; anything else gets no hint (and needs no escaping). */
const ISSUE_PAGE = /^\/issues\/([A-Za-z0-9_-]+)\/?$/;
const STATIC_IMPORT = /(?:from|import)\s*"\.\/([\w.-]+\.js)"/g;

/** The editor's chunk and every chunk it imports statically, as /assets/ paths (empty when not built). */
export function editorChunks(assetsDir: string): string[] {
  if (!existsSync(assetsDir)) return [];
  const entry = readdirSync(assetsDir).find((f) => /^EditorPage-[\w-]+\.js$/.test(f));
  if (!entry) return [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(assetsDir, file))) return;
    seen.add(file);
    for (const m of readFileSync(join(assetsDir, file), 'utf8').matchAll(STATIC_IMPORT))
      visit(m[1] as string);
  };
  visit(entry);
  return [...seen].map((f) => `/assets/${f}`);
}

/**
 * Hints that let the browser ask for what the opening page needs while the app's own bundle is still
 * downloading and evaluating: the session check everywhere, and on an issue's address the issue and
 * the editor's code. Without them each waited for the bundle to run (src/app/routes/startRoute.ts),
 * about half of the time to an interactive editor. The app's fetches pick up the preloaded answers.
 */
export function openingHints(path: string, editorCode: readonly string[]): string {
  // `crossorigin` makes the preload a CORS same-origin-credentials request, as the app's fetch() is.
  const links = ['<link rel="preload" as="fetch" crossorigin href="/api/auth/me">'];
  const issue = ISSUE_PAGE.exec(path)?.[1];
  if (issue !== undefined) {
    links.push(`<link rel="preload" as="fetch" crossorigin href="/api/issues/${issue}">`);
    for (const chunk of editorCode) links.push(`<link rel="modulepreload" crossorigin href="${chunk}">`);
  }
  return links.join('\n    ');
}

export function serveSpa(app: Hono<AppEnv>, root: string): void {
  const absolute = resolve(root);
  // serveStatic resolves `root` against the working directory.
  const rel = relative(process.cwd(), absolute) || '.';
  const indexFile = join(absolute, 'index.html');
  // Re-read when index.html changes: a rebuild while the server runs is picked up.
  let built: { mtimeMs: number; html: string; editorCode: string[] } | null = null;
  const readIndex = () => {
    const mtimeMs = statSync(indexFile).mtimeMs;
    if (built?.mtimeMs !== mtimeMs) {
      built = {
        mtimeMs,
        html: readFileSync(indexFile, 'utf8'),
        editorCode: editorChunks(join(absolute, 'assets')),
      };
    }
    return built;
  };

  // serveStatic's onFound runs after the response exists, so cache headers are set on the way out.
  const files = serveStatic<AppEnv>({ root: rel });
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const found = await files(c, next);
    if (!(found instanceof Response)) return;
    const immutable = c.req.path.startsWith('/assets/');
    found.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return found;
  });
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text(
        'The web app is not built yet: run `npm run build` (or `npm start`, which builds it).',
        503,
      );
    }
    const { html, editorCode } = readIndex();
    const hints = openingHints(c.req.path, editorCode);
    const at = html.indexOf('</head>');
    const page = at < 0 ? hints + html : `${html.slice(0, at)}  ${hints}\n  ${html.slice(at)}`;
    return c.html(page, 200, { 'Cache-Control': 'no-cache' });
  });
}
