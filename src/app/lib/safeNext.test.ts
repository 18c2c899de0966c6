import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext.ts';

describe('safeNext', () => {
  it('returns to the page the visitor asked for', () => {
    expect(safeNext('/issues/abc?tab=1')).toBe('/issues/abc?tab=1');
  });

  it('never sends the browser to another site after login', () => {
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example/')).toBe('/');
  });

  it('does not loop back to the login page', () => {
    expect(safeNext('/login?next=/')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
