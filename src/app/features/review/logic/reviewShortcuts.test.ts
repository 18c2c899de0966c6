// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget, reviewActionFor } from './reviewShortcuts.ts';

const key = (
  k: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
  code?: string,
) => ({
  key: k,
  code,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('reviewActionFor', () => {
  it('reads Ctrl+Enter as approve and Ctrl+Shift+R as request changes', () => {
    expect(reviewActionFor(key('Enter', { ctrl: true }))).toBe('approve');
    expect(reviewActionFor(key('R', { ctrl: true, shift: true }, 'KeyR'))).toBe('request-changes');
  });

  it('takes ⌘ for Ctrl so the keys work on macOS', () => {
    expect(reviewActionFor(key('Enter', { meta: true }))).toBe('approve');
  });

  it('ignores the keys without the modifier, with Alt, and Ctrl+R alone (reload)', () => {
    expect(reviewActionFor(key('Enter'))).toBeNull();
    expect(reviewActionFor(key('Enter', { ctrl: true, alt: true }))).toBeNull();
    expect(reviewActionFor(key('r', { ctrl: true }, 'KeyR'))).toBeNull();
    expect(reviewActionFor(key('Enter', { ctrl: true, shift: true }))).toBeNull();
  });

  it('uses the physical key, so a layout that types another letter on R still asks for changes', () => {
    expect(reviewActionFor(key('к', { ctrl: true, shift: true }, 'KeyR'))).toBe('request-changes');
  });
});

describe('isTypingTarget', () => {
  it('treats text fields, text areas and editable regions as typing, buttons and checkboxes not', () => {
    const make = (html: string) => {
      document.body.innerHTML = html;
      return document.body.firstElementChild;
    };
    expect(isTypingTarget(make('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(make('<input type="text">'))).toBe(true);
    expect(isTypingTarget(make('<input>'))).toBe(true);
    expect(isTypingTarget(make('<select><option>a</option></select>'))).toBe(true);
    expect(
      isTypingTarget(make('<div contenteditable="true"><span>x</span></div>')?.firstElementChild ?? null),
    ).toBe(true);
    expect(isTypingTarget(make('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(make('<button>ok</button>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
