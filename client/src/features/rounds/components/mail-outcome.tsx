import type { RoundMail } from '@psm/server/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import '../i18n';

/** The last e-mail to a manager: kind, outcome and when, in words. */
export function MailOutcome({ mail }: { mail: RoundMail | null }) {
  const { t } = useTranslation('rounds');
  if (!mail) return <>{t('detail.noMailYet')}</>;
  const text = t(`mail.${mail.status}`, { date: formatDateTime(mail.at), error: mail.error ?? '' });
  const bad = mail.status !== 'sent';
  return (
    <span className={bad ? 'text-danger' : undefined}>
      <strong>{t(`kind.${mail.kind}`)}</strong>: {text}
    </span>
  );
}
