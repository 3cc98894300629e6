import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Locale = 'ja' | 'en';

/** An area's texts: Japanese first, and English with exactly the same keys (the type enforces it). */
export type Messages<K extends string> = { ja: Record<K, string>; en: Record<K, string> };

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

interface LocaleState {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const STORAGE_KEY = 'kyodo.locale';
const LocaleContext = createContext<LocaleState>({ locale: 'ja', setLocale: () => undefined });

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'ja' || stored === 'en') return stored;
  // Japanese first: English only when the browser prefers it over Japanese.
  const preferred = navigator.languages.find((language) => /^(ja|en)\b/i.test(language));
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}

export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

/** `t('greeting', { name })` in the current locale; `{name}` placeholders are filled from `values`. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const { locale } = useLocale();
  return useCallback(
    (key: K, values?: Record<string, string | number>) => {
      const text = messages[locale][key] ?? messages.ja[key] ?? key;
      return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
    },
    [messages, locale],
  );
}

/** A { ja, en } pair from the API in the current locale. */
export function useLocalized(): (text: { ja: string; en: string } | null | undefined) => string {
  const { locale } = useLocale();
  return useCallback((text) => (text ? text[locale] || text.ja : ''), [locale]);
}

export function formatDate(value: string | Date | null | undefined, locale: Locale, withTime = false): string {
  if (!value) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone: 'Asia/Tokyo',
  }).format(date);
}

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', {
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: fractionDigits,
  }).format(value);
}
