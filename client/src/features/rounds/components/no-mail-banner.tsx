import { useTranslation } from 'react-i18next';
import '../i18n';

/** Said plainly on every round page when no mail server is configured. */
export function NoMailBanner() {
  const { t } = useTranslation('rounds');
  return (
    <div className="alert alert-warning" role="status">
      <p className="fw-semibold mb-1">{t('noMail.title')}</p>
      <p className="mb-0">{t('noMail.text')}</p>
    </div>
  );
}
