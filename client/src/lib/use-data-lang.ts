import { useTranslation } from 'react-i18next';

/**
 * The data's own texts (plan titles and descriptions, indicator metadata) exist only in Italian: on
 * English pages they are marked lang="it" so screen readers pronounce them right (WCAG 3.1.2).
 */
export function useDataLang(): 'it' | undefined {
  const { i18n } = useTranslation();
  return i18n.language === 'it' ? undefined : 'it';
}
