import type { Role } from '@psm/server/contract';
import { useTranslation } from 'react-i18next';
import { registerMessages, type Messages } from '../../i18n/i18n';

/** The account roles in words: the back-office header and home, the permission notice, the users' pages. */
const rolesIt = {
  admin: 'Amministratore',
  analyst: 'Analista del monitoraggio',
  manager: 'Responsabile di azioni',
} as const satisfies Record<Role, string>;

const rolesEn: Messages<typeof rolesIt> = {
  admin: 'Administrator',
  analyst: 'Monitoring analyst',
  manager: 'Action manager',
};

registerMessages('roles', rolesIt, rolesEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    roles: typeof rolesIt;
  }
}

export function useRoleName(): (role: Role) => string {
  const { t } = useTranslation('roles');
  return (role) => t(role);
}
