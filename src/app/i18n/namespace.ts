/**
 * Feature namespaces: each feature registers its own i18next bundle so the shell's language files
 * stay untouched, and gets a `t` whose keys are checked against its English bundle.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { i18n } from './index.ts';

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = T extends string
  ? never
  : { [K in keyof T]: T[K] extends string ? K & string : Join<K, Paths<T[K]>> }[keyof T];
/** Plural keys are looked up by their stem. */
type Stem<K> = K extends `${infer S}_${'one' | 'other'}` ? S : K;

/** Every dotted key of a bundle, plural suffixes folded into their stem. */
export type BundleKey<T> = Stem<Paths<T>>;

/** A translation of a bundle: the same keys, any strings. */
export type BundleStrings<T> = { [K in keyof T]: T[K] extends string ? string : BundleStrings<T[K]> };

export function registerBundle(ns: string, en: object, zhCN: object): void {
  i18n.addResourceBundle('en', ns, en, true, true);
  i18n.addResourceBundle('zh-CN', ns, zhCN, true, true);
}

// One i18next listener for every feature component. useTranslation subscribes (and copies the i18next
// instance) per component, which cost more than drawing a source line did; lines mount by the dozen
// on every scroll step.
const languageListeners = new Set<() => void>();
i18n.on('languageChanged', () => languageListeners.forEach((listener) => listener()));

function subscribeLanguage(listener: () => void): () => void {
  languageListeners.add(listener);
  return () => languageListeners.delete(listener);
}

const currentLanguage = () => i18n.language;

// The shell types i18next for its own namespace; feature keys are checked by each feature's wrapper.
const translate = i18n.t.bind(i18n) as unknown as (key: string, options: Record<string, unknown>) => string;

// Translations are looked up again for every source line and piece drawn while scrolling, and
// i18next's lookup was a noticeable share of a scroll step. Results are kept until a bundle is added
// (a lazily loaded feature registers more strings) or the cache grows past its bound.
const MAX_CACHED = 20_000;
const translations = new Map<string, string>();
i18n.store.on('added', () => translations.clear());

function cachedTranslate(language: string, ns: string, key: string, vars?: Record<string, unknown>): string {
  const id = vars ? `${language}|${ns}|${key}|${JSON.stringify(vars)}` : `${language}|${ns}|${key}`;
  let hit = translations.get(id);
  if (hit === undefined) {
    hit = translate(key, { ns, lng: language, ...vars });
    if (translations.size >= MAX_CACHED) translations.clear();
    translations.set(id, hit);
  }
  return hit;
}

/** A `t` bound to one namespace; a new one when the language changes so memoised children re-render. */
export function useNamespaceT(ns: string): {
  t: (key: string, vars?: Record<string, unknown>) => string;
  language: string;
} {
  const language = useSyncExternalStore(subscribeLanguage, currentLanguage, currentLanguage);
  const t = useMemo(
    () => (key: string, vars?: Record<string, unknown>) => cachedTranslate(language, ns, key, vars),
    [language, ns],
  );
  return { t, language };
}
