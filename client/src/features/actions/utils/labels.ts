import { useTranslation } from 'react-i18next';
import '../i18n';

const KNOWN_SOURCES = ['pnrr', 'pnc', 'fesr', 'fse', 'fsc', 'national', 'regional', 'own', 'private', 'other'] as const;
type KnownSource = (typeof KNOWN_SOURCES)[number];
const isKnownSource = (code: string): code is KnownSource => (KNOWN_SOURCES as readonly string[]).includes(code);

/** A funding source type in words (the server's source_type vocabulary); an unknown code is shown as it is. */
export function useFundingSourceLabel(): (code: string) => string {
  const { t } = useTranslation('actions');
  return (code) => (isKnownSource(code) ? t(`fundingSource.${code}`) : code);
}
