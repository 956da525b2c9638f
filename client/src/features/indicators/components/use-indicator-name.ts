import { useTranslation } from 'react-i18next';

/** The indicator's name in the page language: the English name when there is one, else the Italian one marked as such. */
export function useIndicatorName(): (indicator: { name: string; nameEn: string | null }) => { text: string; lang: string | undefined } {
  const { i18n } = useTranslation();
  const en = i18n.language === 'en';
  return (indicator) =>
    en && indicator.nameEn ? { text: indicator.nameEn, lang: undefined } : { text: indicator.name, lang: en ? 'it' : undefined };
}
