import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../api/contract.ts';
import { ApiError } from '../api/client.ts';
import { en } from './en.ts';
import { errorMessage } from './errors.ts';
import { zhCN } from './zh-CN.ts';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'zh-CN',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
});

describe('errorMessage', () => {
  it('has a sentence of its own for every error code the server may send, in both languages', async () => {
    for (const lng of ['en', 'zh-CN']) {
      await i18n.changeLanguage(lng);
      for (const code of ERROR_CODES) {
        const message = errorMessage(i18n.t, new ApiError(400, code, 'server text'));
        expect(message, `${lng} ${code}`).not.toBe(i18n.t('errors.unknown', { code }));
        expect(message, `${lng} ${code}`).not.toBe('');
      }
    }
  });

  it('tells a throttled user how long to wait, from the details or the Retry-After header', async () => {
    await i18n.changeLanguage('zh-CN');
    const fromDetails = new ApiError(429, 'rate-limited', 'slow down', null, { retryAfterSeconds: 41.2 });
    expect(errorMessage(i18n.t, fromDetails)).toBe('尝试次数过多，请 42 秒后再试。');
    expect(errorMessage(i18n.t, new ApiError(429, 'rate-limited', 'x', 7))).toBe(
      '尝试次数过多，请 7 秒后再试。',
    );
  });

  it('names an unknown code instead of hiding it', async () => {
    await i18n.changeLanguage('en');
    expect(errorMessage(i18n.t, new ApiError(418, 'teapot', 'x'))).toBe('Something went wrong (teapot).');
  });
});
