/**
 * Binary detection. Text never holds NUL outside UTF-16, and only a little of the other C0 controls
 * (tab, LF, CR and form feed aside); images, archives and word-processor files hold a lot.
 */

/** Above this share of characters, control characters mean binary data rather than stray noise. */
export const MAX_CONTROL_SHARE = 0.1;

function isBinaryControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d;
}

/**
 * For encodings that are ASCII-compatible (UTF-8, GB18030, Big5 and the like), where a byte below
 * 0x20 is always that control character. Returns the reason, or null when the bytes may be text.
 */
export function binaryBytesReason(bytes: Uint8Array): string | null {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      const hint = utf16Hint(bytes);
      return `it contains a NUL byte at offset ${i}${hint ? ` (${hint})` : ''}`;
    }
    if (isBinaryControl(b)) controls++;
  }
  return tooManyControls(controls, bytes.length);
}

/**
 * UTF-16 without a byte-order mark looks binary: ASCII characters leave a NUL in every other byte.
 * When the zeros fall that way, say how to read the file instead.
 */
function utf16Hint(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (pairs < 2) return null;
  if (odd > pairs * 0.3 && even < pairs * 0.05)
    return 'if it is UTF-16LE without a byte-order mark, name the encoding utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05)
    return 'if it is UTF-16BE without a byte-order mark, name the encoding utf-16be';
  return null;
}

/** For decoded text (UTF-16 input, whose bytes are full of zeros even when it is text). */
export function binaryTextReason(text: string): string | null {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return `it contains a NUL character at position ${i}`;
    if (isBinaryControl(c)) controls++;
  }
  return tooManyControls(controls, text.length);
}

function tooManyControls(controls: number, total: number): string | null {
  if (total === 0 || controls / total <= MAX_CONTROL_SHARE) return null;
  return `${Math.round((controls / total) * 100)}% of it is control characters`;
}
