/**
 * Imported first by main.tsx, so the opening page's code starts downloading before the rest of the
 * app's modules are evaluated (which takes as long as the download, on a slow machine). The library
 * has no code of its own to load: only a direct visit to another page starts anything here.
 */
import { preloadPageFor } from './lazyPages.ts';

/** The path as wouter matches routes against it: percent escapes decoded when they can be. */
export function routePath(pathname: string): string {
  try {
    return pathname.includes('%') ? decodeURI(pathname) : pathname;
  } catch {
    return pathname;
  }
}

preloadPageFor(routePath(window.location.pathname));
