import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { useUrlState } from '../../../i18n/url-state';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useOffices } from '../../../lib/api/get-offices';
import { useUsers } from '../api/get-users';
import '../i18n';
import type { Office } from '../types';
import { UserCreateForm } from './user-create-form';
import { UserEditor } from './user-editor';
import { UsersTable } from './users-table';

/** /gestione/utenti: the accounts, an editor for one (`?utente=<id>` in the URL) and the form of a new one. */
export function UsersAdmin() {
  const { t } = useTranslation('users');
  const session = useSession().data;
  const users = useUsers();
  const offices = useOffices();
  const [view, setView] = useUrlState({ utente: '' });

  const officeList: Office[] = offices.data ?? [];

  let list;
  if (users.isPending) list = <LoadingState />;
  else if (users.isError) list = <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  else if (!users.data.items.length) list = <EmptyState title={t('table.empty')} />;
  else {
    const editing = users.data.items.find((u) => String(u.id) === view.utente);
    list = (
      <>
        {editing && session && (
          <UserEditor key={editing.id} user={editing} selfId={session.user.id} offices={officeList} onClose={() => setView({ utente: null })} />
        )}
        <h2 className="h4">
          {t('page.title')} <span className="muted small">({t('page.count', { count: users.data.items.length })})</span>
        </h2>
        <UsersTable users={users.data.items} selfId={session?.user.id ?? -1} onEdit={(id) => setView({ utente: String(id) })} />
      </>
    );
  }

  return (
    <BackOfficePage
      title={t('page.title')}
      lead={
        <>
          {t('page.lead')} <Link to={paths.backOffice.audit({ type: 'user' })}>{t('page.auditLink')}</Link>.{' '}
          <Link to={paths.backOffice.offices()}>{t('page.officesLink')}</Link>
        </>
      }
    >
      <div className="psm-users">
        <div className="psm-users__list">{list}</div>
        <div className="psm-users__create psm-panel">
          <div className="psm-panel__body">
            <UserCreateForm offices={officeList} />
          </div>
        </div>
      </div>
    </BackOfficePage>
  );
}
