/** Test helper: fixture files as bytes. Only tests read the disk; the decoder itself stays pure. */
import { readFileSync } from 'node:fs';

const root = new URL('../../../fixtures/', import.meta.url);

export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, root)));
}

export function fixtureText(path: string): string {
  return new TextDecoder().decode(fixtureBytes(path));
}
