import { useTranslation } from 'react-i18next';
import { isFundingSource } from './known-values';

/** A funding source type in words (the server's source_type vocabulary); an unknown code is shown as it is. */
export function useFundingSourceLabel(): (code: string) => string {
  const { t } = useTranslation();
  return (code) => (isFundingSource(code) ? t(`fundingSource.${code}`) : code);
}
