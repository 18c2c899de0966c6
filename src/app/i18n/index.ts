import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { browserStore } from '../lib/storage.ts';
import { en } from './en.ts';
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from './language.ts';
import { zhCN } from './zh-CN.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

const initial = pickLanguage(browserStore.get(LANGUAGE_STORAGE_KEY), globalThis.navigator?.languages ?? []);

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'en',
  // React escapes text itself; escaping twice would show &amp; in headlines.
  interpolation: { escapeValue: false },
  returnNull: false,
});

function reflectLanguage(lng: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
}
reflectLanguage(initial);
i18n.on('languageChanged', reflectLanguage);

export function setLanguage(language: Language): void {
  browserStore.set(LANGUAGE_STORAGE_KEY, language);
  void i18n.changeLanguage(language);
}

export { i18n };
