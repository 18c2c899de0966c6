/**
 * CPU profiles of the page through CDP's Profiler domain, with frames of the minified bundle mapped
 * back to their sources through the build's source maps (vite.config.ts builds them).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import type { CallFrame, CpuProfile, FrameResolver } from '../lib/cpuprofile.ts';
import { busyMs, hotFunctions } from '../lib/cpuprofile.ts';
import type { ProfileSummary } from '../lib/figures.ts';
import { OUT_DIR, profilePath, ROOT } from '../lib/paths.ts';

/** Resolves frames of /assets/*.js against dist/assets/*.js.map. */
export function distResolver(): FrameResolver {
  const consumers = new Map<string, SourceMapConsumer | null>();
  return (frame: CallFrame) => {
    const m = /\/assets\/([^/?#]+\.js)/.exec(frame.url);
    if (!m) return null;
    const file = m[1] as string;
    if (!consumers.has(file)) {
      const mapFile = join(ROOT, 'dist', 'assets', `${file}.map`);
      consumers.set(
        file,
        existsSync(mapFile)
          ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')) as never)
          : null,
      );
    }
    const consumer = consumers.get(file);
    if (!consumer) return null;
    const pos = consumer.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos.source) return null;
    const source = pos.source.replace(/^(\.\.\/)+/, '');
    const minified = frame.functionName || '(anonymous)';
    return {
      name: pos.name && pos.name !== minified ? `${pos.name} (${minified})` : minified,
      where: `${source}:${pos.line}`,
    };
  };
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: CDPSession, subject: string): Promise<ProfileSummary> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  mkdirSync(OUT_DIR, { recursive: true });
  const file = profilePath(subject);
  writeFileSync(file, JSON.stringify(profile));
  return {
    subject,
    unit: 'ms',
    file,
    total: busyMs(profile),
    top: hotFunctions(profile, 12, distResolver()),
  };
}
