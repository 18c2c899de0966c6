/** Which built files a route loads, read from Vite's build manifest (.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The files a chunk needs before it runs: itself and its static imports, transitively. */
export function staticClosure(
  manifest: Manifest,
  keys: readonly string[],
): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const k of chunk.imports ?? []) visit(k);
  };
  keys.forEach(visit);
  return { js, css };
}

export function entryKeys(manifest: Manifest): string[] {
  return Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
}

/** Lazily loaded chunks whose source path matches, e.g. /features\/editor\//. */
export function dynamicEntryKeys(manifest: Manifest, source: RegExp): string[] {
  return Object.keys(manifest).filter(
    (k) => manifest[k]?.isDynamicEntry && source.test(manifest[k]?.src ?? k),
  );
}
