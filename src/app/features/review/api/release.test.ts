import { describe, expect, it } from 'vitest';
import { releaseUrl } from './release.ts';

describe('releaseUrl', () => {
  it('lists chosen issues comma-separated, the way the GET route reads them', () => {
    const url = new URL(releaseUrl({ kind: 'ids', ids: ['i1', 'i2'] }, 'zip'), 'http://x');
    expect(url.pathname).toBe('/api/release');
    expect(url.searchParams.get('ids')).toBe('i1,i2');
    expect(url.searchParams.get('format')).toBe('zip');
  });

  it('passes a filter on and leaves out what the filter does not set', () => {
    const url = new URL(
      releaseUrl({ kind: 'filter', publication: '衡阳晚报', from: '2024-05-01' }, 'jsonl'),
      'http://x',
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      publication: '衡阳晚报',
      from: '2024-05-01',
      format: 'jsonl',
    });
  });
});
