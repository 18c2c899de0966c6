/**
 * Gzipped JavaScript a visitor downloads: before the library page is interactive (the entry and its
 * static imports, plus the library route's chunk if it is lazy) and to open the editor directly.
 * Built into bench/out/ with a manifest so dist/ is left as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { composition } from '../lib/composition.ts';
import { figure } from '../lib/figures.ts';
import type { Baseline, SectionResult } from '../lib/figures.ts';
import { viteBuild } from '../lib/build.ts';
import { dynamicEntryKeys, entryKeys, staticClosure } from '../lib/manifest.ts';
import type { Manifest } from '../lib/manifest.ts';
import type { BenchOptions } from '../lib/options.ts';
import { OUT_DIR, ROOT } from '../lib/paths.ts';

const TARGET_KB = 150;
const gzKB = (bytes: Uint8Array | string) => gzipSync(bytes).length / 1024;

/** The smallest React app: react + react-dom/client, minified for production, gzipped. */
function reactFloorKB(): number {
  const out = buildSync({
    stdin: {
      contents: "import { createRoot } from 'react-dom/client'; createRoot(document.body).render(null);",
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return gzKB(out.outputFiles[0]?.contents ?? new Uint8Array());
}

export async function runBundle(_options: BenchOptions): Promise<SectionResult> {
  const result: SectionResult = { figures: [], profiles: [], notes: [] };
  const outDir = join(OUT_DIR, 'dist-manifest');
  viteBuild(outDir);
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const file = (f: string) => readFileSync(join(outDir, f));
  const sum = (files: Iterable<string>) => [...files].reduce((kb, f) => kb + gzKB(file(f)), 0);

  const entries = entryKeys(manifest);
  // The route pages only: a dialog the page lazy-loads on a click (the import dialog) is not needed
  // before the page is interactive, and counting it would reward loading it eagerly.
  const library = dynamicEntryKeys(manifest, /features\/library\/LibraryPage\.tsx$/);
  const editor = dynamicEntryKeys(manifest, /features\/editor\/EditorPage\.tsx$/);
  const initial = staticClosure(manifest, [...entries, ...library]);
  const editorRoute = staticClosure(manifest, [...entries, ...editor]);
  const editorOnly = [...editorRoute.js].filter((f) => !initial.js.has(f));
  const floor = reactFloorKB();
  const baseline: Baseline = { label: 'react + react-dom/client alone, minified', value: floor };
  const initialKB = sum(initial.js);
  const lazy = (keys: string[]) => (keys.length ? 'lazy chunk' : 'no lazy chunk: it is in the entry');

  result.figures.push(
    figure({
      section: 'bundle',
      name: 'JS before the library is interactive',
      size: '',
      unit: 'KB',
      stat: 'value',
      value: initialKB,
      baseline,
      target: { max: TARGET_KB, text: `≤ ${TARGET_KB} KB` },
      note: `${initial.js.size} file(s); library route: ${lazy(library)}; CSS ${sum(initial.css).toFixed(1)} KB more`,
    }),
    figure({
      section: 'bundle',
      name: 'JS to open the editor directly',
      size: '',
      unit: 'KB',
      stat: 'value',
      value: sum(editorRoute.js),
      baseline,
      note: `editor route: ${lazy(editor)}; ${sum(editorOnly).toFixed(1)} KB more than the library`,
    }),
  );
  if (initialKB > TARGET_KB) {
    // Which sources the initial JavaScript is made of (raw, before gzip), largest first.
    const main = entries.map((k) => manifest[k]?.file).find((f): f is string => !!f);
    if (main) {
      const code = file(main).toString('utf8');
      const top = composition(code, file(`${main}.map`).toString('utf8'));
      result.profiles.push({
        subject: `initial JS ${main} by source (raw bytes before gzip)`,
        unit: 'KB',
        file: join(outDir, main),
        total: code.length / 1024,
        top,
      });
    }
  }
  return result;
}
