import { createHash, randomBytes } from 'node:crypto';

/** ISO 8601 UTC with milliseconds: fixed width, so timestamps compare correctly as strings. */
export function isoNow(ms: number = Date.now()): string {
  return new Date(ms).toISOString();
}

/** 16 URL-safe characters, 96 random bits. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

export function sha256Hex(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}
