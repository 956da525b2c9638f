import { useLayoutEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DEFAULT_LANGUAGE, i18n, isLanguage, LANG_PARAM, type Language } from './i18n';

/** The language the URL asks for (`?lang=en`); Italian when absent or unknown. */
export function languageOf(search: URLSearchParams | string): Language {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const lang = params.get(LANG_PARAM);
  return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
}

export function useLanguage(): Language {
  const [params] = useSearchParams();
  return languageOf(params);
}

/** Keeps i18next (and the formatters, and <html lang>) on the URL's language, before the page paints. */
export function useSyncLanguage(): Language {
  const lang = useLanguage();
  useLayoutEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [lang]);
  return lang;
}

/**
 * Adds the language to an internal path (`/piani/x?a=1` → `/piani/x?a=1&lang=en`) unless it is
 * Italian or the path already names one. Hash fragments are kept at the end.
 */
export function withLanguage(to: string, lang: Language): string {
  if (lang === DEFAULT_LANGUAGE) return to;
  const [beforeHash, hash] = to.split('#', 2) as [string, string | undefined];
  const [path, query = ''] = beforeHash.split('?', 2) as [string, string | undefined];
  const params = new URLSearchParams(query);
  if (params.has(LANG_PARAM)) return to;
  params.set(LANG_PARAM, lang);
  return `${path}?${params.toString()}${hash !== undefined ? `#${hash}` : ''}`;
}
