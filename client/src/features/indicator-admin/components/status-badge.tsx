import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '@psm/server/contract';
import '../i18n';

/** "Bozza / Draft" or "Pubblicato / Published", as a tag. */
export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('indicatorAdmin');
  return <span className={status === 'draft' ? 'bod-tag bod-tag--todo' : 'bod-tag'}>{t(status === 'draft' ? 'publication.draft' : 'publication.published')}</span>;
}
