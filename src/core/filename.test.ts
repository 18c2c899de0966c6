import { describe, expect, it } from 'vitest';
import { parseIssueFileName } from './filename.ts';

describe('parseIssueFileName', () => {
  it('reads publication, date and edition from the archive naming scheme', () => {
    expect(parseIssueFileName('衡阳晚报-2022-09-01-A02.txt')).toEqual({
      publication: '衡阳晚报',
      date: '2022-09-01',
      edition: 'A02',
    });
  });

  it('ignores the directory and the extension', () => {
    expect(parseIssueFileName('/data/in/衡阳晚报-2022-09-01-A02.TXT').publication).toBe('衡阳晚报');
    expect(parseIssueFileName('C:\\in\\衡阳晚报-2022-09-01-A02.txt').edition).toBe('A02');
  });

  it('does not mistake the last part of a dotted date for an extension', () => {
    expect(parseIssueFileName('衡阳晚报 2022.9.1').date).toBe('2022-09-01');
  });

  it('accepts compact, underscored, dotted and Chinese dates', () => {
    expect(parseIssueFileName('衡阳晚报_20220901_A02.txt')).toEqual({
      publication: '衡阳晚报',
      date: '2022-09-01',
      edition: 'A02',
    });
    expect(parseIssueFileName('衡阳晚报 2022.9.1 a2.txt')).toEqual({
      publication: '衡阳晚报',
      date: '2022-09-01',
      edition: 'A2',
    });
    expect(parseIssueFileName('衡阳晚报2022年9月1日第2版.txt')).toEqual({
      publication: '衡阳晚报',
      date: '2022-09-01',
      edition: '2',
    });
  });

  it('leaves out what the name does not have', () => {
    expect(parseIssueFileName('衡阳晚报-2022-09-01.txt')).toEqual({
      publication: '衡阳晚报',
      date: '2022-09-01',
      edition: null,
    });
    expect(parseIssueFileName('2022-09-01-A02.txt')).toEqual({
      publication: null,
      date: '2022-09-01',
      edition: 'A02',
    });
  });

  it('takes a name after the date as the publication when it is not an edition', () => {
    expect(parseIssueFileName('2022-09-01-衡阳晚报.txt').publication).toBe('衡阳晚报');
  });

  it('returns nulls for names without a date, and for impossible dates', () => {
    const none = { publication: null, date: null, edition: null };
    expect(parseIssueFileName('hengyang-evening-news.txt')).toEqual(none);
    expect(parseIssueFileName('衡阳晚报-2022-02-30-A02.txt')).toEqual(none);
    expect(parseIssueFileName('衡阳晚报-2022-13-01-A02.txt')).toEqual(none);
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIssueFileName('报-2024-02-29.txt').date).toBe('2024-02-29');
    expect(parseIssueFileName('报-2023-02-29.txt').date).toBeNull();
  });

  it('does not read a date out of a longer run of digits', () => {
    expect(parseIssueFileName('scan-1202209011.txt').date).toBeNull();
  });
});
