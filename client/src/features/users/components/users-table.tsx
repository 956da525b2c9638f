import { useTranslation } from 'react-i18next';
import type { UserOut } from '@psm/server/contract';
import { useRoleName } from '../../../components/back-office/role-names';
import { formatDateTime } from '../../../lib/format';
import '../i18n';

/** Every account; each row opens its editor. Stacked as cards on narrow screens (labels from data-label). */
export function UsersTable({ users, selfId, onEdit }: { users: UserOut[]; selfId: number; onEdit: (id: number) => void }) {
  const { t } = useTranslation('users');
  const roleName = useRoleName();
  const cols = {
    email: t('table.email'),
    name: t('table.name'),
    role: t('table.role'),
    office: t('table.office'),
    active: t('table.active'),
    lastLogin: t('table.lastLogin'),
    actions: t('table.actions'),
  };
  return (
    <table className="table psm-stack-table psm-stack-table--compact psm-users-table">
      <caption className="visually-hidden">{t('table.caption')}</caption>
      <thead>
        <tr>
          {Object.values(cols).map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {users.map((u) => (
          <tr key={u.id} className={u.active ? undefined : 'psm-users-table__off'}>
            <th scope="row" data-label={cols.email} className="psm-users-table__email">
              {u.email} {u.id === selfId && <span className="muted">{t('table.you')}</span>}
            </th>
            <td data-label={cols.name}>{u.name ?? <span className="muted">{t('table.noName')}</span>}</td>
            <td data-label={cols.role}>{roleName(u.role)}</td>
            <td data-label={cols.office}>{u.office ?? <span aria-label={t('table.none')}>{t('table.none')}</span>}</td>
            <td data-label={cols.active}>
              <span className={`psm-flag ${u.active ? 'psm-flag--done' : 'psm-flag--off'}`}>{u.active ? t('table.isActive') : t('table.isDisabled')}</span>
            </td>
            <td data-label={cols.lastLogin}>{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : <span className="muted">{t('table.never')}</span>}</td>
            <td data-label={cols.actions}>
              <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => onEdit(u.id)} aria-label={t('table.editLabel', { email: u.email })}>
                {t('table.edit')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
