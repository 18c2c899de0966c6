import { describe, expect, it } from 'vitest';
import { chordFromEvent, chordId, formatShortcut, isTypingTarget, parseShortcut } from './shortcuts.ts';

const ev = (
  key: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean; code: string }> = {},
) => ({
  key,
  code: mods.code,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('shortcuts', () => {
  it('Mod means Ctrl off macOS and ⌘ on macOS', () => {
    const spec = chordId(parseShortcut('Mod+Shift+Z'));
    expect(chordId(chordFromEvent(ev('Z', { ctrl: true, shift: true }), false)!)).toBe(spec);
    expect(chordId(chordFromEvent(ev('z', { meta: true, shift: true }), true)!)).toBe(spec);
    expect(chordFromEvent(ev('z', { meta: true }), false)).toBeNull();
  });

  it('a shifted symbol matches without naming Shift', () => {
    expect(chordId(chordFromEvent(ev('?', { shift: true }), false)!)).toBe(chordId(parseShortcut('?')));
  });

  it('Alt with a letter reads the physical key, whatever character the layout produced', () => {
    expect(chordId(chordFromEvent(ev('ß', { alt: true, code: 'KeyS' }), true)!)).toBe('alt+s');
  });

  it('a letter with Shift is a different chord from the letter alone', () => {
    expect(chordId(parseShortcut('Shift+S'))).not.toBe(chordId(parseShortcut('S')));
  });

  it('formats for each platform', () => {
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Alt+ArrowUp', false)).toBe('Alt+↑');
  });

  it('text fields are typing targets, buttons are not', () => {
    expect(
      isTypingTarget({ tagName: 'INPUT', type: 'text', isContentEditable: false } as unknown as EventTarget),
    ).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA', isContentEditable: false } as unknown as EventTarget)).toBe(
      true,
    );
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON', isContentEditable: false } as unknown as EventTarget)).toBe(
      false,
    );
    expect(
      isTypingTarget({
        tagName: 'INPUT',
        type: 'checkbox',
        isContentEditable: false,
      } as unknown as EventTarget),
    ).toBe(false);
  });
});
