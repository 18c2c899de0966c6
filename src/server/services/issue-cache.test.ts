import { describe, expect, it } from 'vitest';
import { IssueCache } from './issue-cache.ts';

describe('IssueCache', () => {
  it('keeps every issue while their total weight fits the budget', () => {
    const cache = new IssueCache<string>(100, (s) => s.length);
    for (let i = 0; i < 20; i++) cache.set(`issue-${i}`, 'x'.repeat(5));
    expect(cache.size).toBe(20);
    expect(cache.get('issue-0')).toBe('xxxxx');
  });

  it('evicts the least recently used issues once the budget is exceeded', () => {
    const cache = new IssueCache<string>(10, (s) => s.length);
    cache.set('a', 'xxxx');
    cache.set('b', 'xxxx');
    cache.get('a');
    cache.set('c', 'xxxx');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('xxxx');
    expect(cache.get('c')).toBe('xxxx');
  });

  it('replacing an issue counts only its new weight, and a value over the budget is not kept', () => {
    const cache = new IssueCache<string>(10, (s) => s.length);
    cache.set('a', 'xxxxxxxx');
    cache.set('a', 'xx');
    cache.set('b', 'xxxxxxxx');
    expect([cache.get('a'), cache.get('b')]).toEqual(['xx', 'xxxxxxxx']);
    cache.set('huge', 'x'.repeat(11));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(2);
  });
});
