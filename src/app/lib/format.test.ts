import { describe, expect, it } from 'vitest';
import { formatBytes, formatIssueDate, formatRelative } from './format.ts';

const NOW = Date.parse('2024-05-06T12:00:00Z');

describe('formatRelative', () => {
  it('says "just now" for changes under a minute old', () => {
    expect(formatRelative('2024-05-06T11:59:30Z', 'en', NOW, 'just now')).toBe('just now');
  });

  it('counts minutes and hours in the UI language', () => {
    expect(formatRelative('2024-05-06T11:55:00Z', 'en', NOW, '')).toBe('5 minutes ago');
    expect(formatRelative('2024-05-06T09:00:00Z', 'zh-CN', NOW, '')).toBe('3小时前');
  });

  it('gives back text it cannot parse unchanged', () => {
    expect(formatRelative('not a date', 'en', NOW, '')).toBe('not a date');
  });
});

describe('formatIssueDate', () => {
  it('shows the calendar date the paper printed, whatever the time zone', () => {
    expect(formatIssueDate('2024-05-06', 'zh-CN')).toBe('2024年5月6日');
    expect(formatIssueDate('2024-05-06', 'en')).toBe('May 6, 2024');
  });
});

describe('formatBytes', () => {
  it('reports file sizes in binary megabytes', () => {
    expect(formatBytes(21 * 1024 * 1024, 'en')).toBe('21 MB');
    expect(formatBytes(512, 'en')).toBe('512 byte');
  });
});
