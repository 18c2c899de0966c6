import { describe, expect, it } from 'vitest';
import { owner } from './composition.ts';

describe('owner', () => {
  it('names a package for code from node_modules, scoped packages with their scope', () => {
    expect(owner('../../node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
    expect(owner('../../node_modules/@tanstack/query-core/build/modern/query.js')).toBe(
      '@tanstack/query-core',
    );
  });

  it('names a feature folder for app code and a module folder for core code', () => {
    expect(owner('../../src/app/features/editor/components/SourceLine.tsx')).toBe('src/app/features/editor');
    expect(owner('../../src/core/segment/lines.ts')).toBe('src/core/segment');
  });
});
