import { describe, expect, it } from 'vitest';
import type { Manifest } from './manifest.ts';
import { dynamicEntryKeys, entryKeys, staticClosure } from './manifest.ts';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor'],
    dynamicImports: ['src/app/features/editor/EditorPage.tsx'],
    css: ['assets/index.css'],
  },
  _vendor: { file: 'assets/vendor.js', imports: ['index.html'] },
  'src/app/features/editor/EditorPage.tsx': {
    file: 'assets/editor.js',
    src: 'src/app/features/editor/EditorPage.tsx',
    isDynamicEntry: true,
    imports: ['_vendor', '_virtual'],
  },
  _virtual: { file: 'assets/virtual.js' },
};

describe('staticClosure', () => {
  it('follows static imports (through cycles) but not dynamic ones', () => {
    const { js, css } = staticClosure(manifest, entryKeys(manifest));
    expect([...js].sort()).toEqual(['assets/index.js', 'assets/vendor.js']);
    expect([...css]).toEqual(['assets/index.css']);
  });

  it('gives a lazy route its chunk and the chunks only it imports', () => {
    const editor = dynamicEntryKeys(manifest, /features\/editor\//);
    expect(editor).toEqual(['src/app/features/editor/EditorPage.tsx']);
    expect([...staticClosure(manifest, editor).js]).toContain('assets/virtual.js');
  });
});
