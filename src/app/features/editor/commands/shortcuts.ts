/**
 * Keyboard chords: parsing the shortcut strings commands declare ('Mod+Shift+Z', 'Alt+ArrowUp', '?')
 * and reading the same shape out of a keyboard event. 'Mod' is ⌘ on macOS and Ctrl elsewhere.
 */
export interface KeyChord {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

export interface KeyEventLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const NAMED_KEYS: Record<string, string> = {
  esc: 'escape',
  escape: 'escape',
  enter: 'enter',
  space: ' ',
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
};

function normaliseKey(key: string): string {
  const lower = key.toLowerCase();
  return NAMED_KEYS[lower] ?? lower;
}

/** A printable symbol already says which shift state produced it ('?' is Shift+/), so shift is ignored for it. */
function shiftMatters(key: string): boolean {
  return key.length > 1 || /[a-z]/.test(key);
}

function canonical(chord: KeyChord): KeyChord {
  return { ...chord, shift: shiftMatters(chord.key) ? chord.shift : false };
}

export function parseShortcut(spec: string): KeyChord {
  const parts = spec.split('+');
  // 'Shift++' would split into empty pieces; a plus key is spelled 'Plus'.
  const key = normaliseKey((parts.pop() ?? '').replace(/^plus$/i, '+'));
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return canonical({ key, mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt') });
}

export function chordFromEvent(event: KeyEventLike, isMac: boolean): KeyChord | null {
  // The other platform modifier (Ctrl on macOS, ⌘/Win elsewhere) belongs to the system, not to us.
  if (isMac ? event.ctrlKey : event.metaKey) return null;
  let key = normaliseKey(event.key);
  // Alt changes the produced character on macOS (Alt+S → ß); the physical key is what was meant.
  const physical = event.code ? /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code) : null;
  if (event.altKey && physical) key = (physical[1] ?? physical[2] ?? key).toLowerCase();
  return canonical({
    key,
    mod: isMac ? event.metaKey : event.ctrlKey,
    shift: event.shiftKey,
    alt: event.altKey,
  });
}

export function chordId(chord: KeyChord): string {
  return `${chord.mod ? 'mod+' : ''}${chord.alt ? 'alt+' : ''}${chord.shift ? 'shift+' : ''}${chord.key}`;
}

const KEY_LABELS: Record<string, string> = {
  arrowup: '↑',
  arrowdown: '↓',
  arrowleft: '←',
  arrowright: '→',
  escape: 'Esc',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  ' ': 'Space',
};

/** How a shortcut is printed in tooltips and the shortcut overlay. */
export function formatShortcut(spec: string, isMac: boolean): string {
  const chord = parseShortcut(spec);
  const key = KEY_LABELS[chord.key] ?? chord.key.toUpperCase();
  if (isMac) return `${chord.mod ? '⌘' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${key}`;
  return [chord.mod ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}

export function detectMac(): boolean {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  const platform = nav?.userAgentData?.platform ?? nav?.platform ?? '';
  return /mac|iphone|ipad/i.test(platform);
}

/** Keys typed into a field belong to the field, never to editor commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
