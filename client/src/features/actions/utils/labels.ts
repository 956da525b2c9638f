import { useTranslation } from 'react-i18next';
import { isFundingSource } from '../../../lib/known-values';
import '../i18n';

/** A funding source type in words (the server's source_type vocabulary); an unknown code is shown as it is. */
export function useFundingSourceLabel(): (code: string) => string {
  const { t } = useTranslation('actions');
  return (code) => (isFundingSource(code) ? t(`fundingSource.${code}`) : code);
}
