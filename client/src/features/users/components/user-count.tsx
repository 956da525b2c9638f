import { useTranslation } from 'react-i18next';
import { hasRole, useSession } from '../../../lib/session';
import { useUsers } from '../api/get-users';
import '../i18n';

/** For the back-office home (admins): how many accounts are active. */
export function UserCount() {
  const { t } = useTranslation('users');
  const session = useSession().data;
  const users = useUsers({ enabled: hasRole(session, 'admin') });
  if (!users.data) return null;
  const active = users.data.items.filter((u) => u.active).length;
  return (
    <p className="psm-bo-count">
      <strong>{t('page.homeCount', { count: active })}</strong>
    </p>
  );
}
