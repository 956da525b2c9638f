import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../lib/format';
import '../i18n';

/** States the reporting period the "da aggiornare" flag refers to, and what the flag means. */
export function CurrentPeriodNote({ period }: { period: string }) {
  const { t } = useTranslation('actions');
  return (
    <p className="act-period-note">
      <strong>{t('shared.currentPeriod', { period: formatPeriod(period) })}</strong> {t('shared.currentPeriodExplain')}
    </p>
  );
}
