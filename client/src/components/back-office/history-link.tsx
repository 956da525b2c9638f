import { useTranslation } from 'react-i18next';
import { registerMessages, type Messages } from '../../i18n/i18n';
import { Link } from '../../i18n/link';
import { paths } from '../../lib/paths';
import { hasRole, useSession } from '../../lib/session';

const historyIt = { label: 'Cronologia', of: 'Cronologia delle modifiche di {{name}}' } as const;
const historyEn: Messages<typeof historyIt> = { label: 'History', of: 'History of the changes to {{name}}' };
registerMessages('history', historyIt, historyEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    history: typeof historyIt;
  }
}

/**
 * "Cronologia": opens the audit log filtered on one administered record (its `resource_type` and id
 * as the audit log stores them). `name` says which record, for screen readers among many links.
 * Only admins read the audit log: for other roles there is no link.
 */
export function HistoryLink({ type, id, name, className = 'btn btn-outline-secondary btn-sm' }: { type: string; id: string | number; name: string; className?: string }) {
  const { t } = useTranslation('history');
  const session = useSession().data;
  if (!hasRole(session, 'admin')) return null;
  return (
    <Link to={paths.backOffice.audit({ type, id })} className={className} aria-label={t('of', { name })}>
      {t('label')}
    </Link>
  );
}
