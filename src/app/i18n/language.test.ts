import { describe, expect, it } from 'vitest';
import { pickLanguage } from './language.ts';

describe('pickLanguage', () => {
  it('follows a Chinese browser to Simplified Chinese, whatever the region', () => {
    expect(pickLanguage(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLanguage(null, ['zh'])).toBe('zh-CN');
  });

  it('falls back to English for any other browser language, or none', () => {
    expect(pickLanguage(null, ['fr-FR', 'zh-CN'])).toBe('en');
    expect(pickLanguage(null, [])).toBe('en');
  });

  it('keeps the language the user chose in the switcher over the browser', () => {
    expect(pickLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(pickLanguage('de', ['zh-CN'])).toBe('zh-CN');
  });
});
