/**
 * Feature namespaces: each feature registers its own i18next bundle so the shell's language files
 * stay untouched, and gets a `t` whose keys are checked against its English bundle.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
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

/** A `t` bound to one namespace; a new one when the language changes so memoised children re-render. */
export function useNamespaceT(ns: string): {
  t: (key: string, vars?: Record<string, unknown>) => string;
  language: string;
} {
  // The shell types i18next for its own namespace; subscribing to the default one still re-renders on a language change.
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  const t = useCallback(
    (key: string, vars?: Record<string, unknown>) =>
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the shell types i18next for its own namespace only
      (instance.t as any)(key, { ns, ...vars }) as string,
    // language: a new t when it changes, so memoised children re-render in the new language
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [instance, language, ns],
  );
  return { t, language };
}
