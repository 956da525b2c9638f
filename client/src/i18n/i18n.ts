import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setFormatLocale } from '../lib/format';
import { commonEn, commonIt } from './common';

/** Italian first, English second. The language lives in the URL (`?lang=en`); Italian has no parameter. */
export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'it';
export const LANG_PARAM = 'lang';

export const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  ns: ['common'],
  resources: { it: { common: commonIt }, en: { common: commonEn } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

i18n.on('languageChanged', (lng) => {
  setFormatLocale(lng);
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

/** Same keys as the Italian messages, any text: the English file must translate every key. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/**
 * Adds a feature's messages. Called at the top of the feature's `i18n.ts`, so code loaded lazily
 * (the back-office) brings its own texts and the public pages do not carry them.
 */
export function registerMessages<T extends object>(ns: string, it: T, en: Messages<T>): void {
  if (!i18n.hasResourceBundle('it', ns)) i18n.addResourceBundle('it', ns, it, true, true);
  if (!i18n.hasResourceBundle('en', ns)) i18n.addResourceBundle('en', ns, en, true, true);
}
