import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title, so screen-reader users and history entries know which page this is. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = title ? t('app.documentTitle', { page: title }) : t('app.product');
  }, [title, t, i18n.language]);
}
