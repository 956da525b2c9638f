import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@psm/server/contract';
import { BackOfficeBreadcrumb } from '../../../components/back-office/back-office-page';
import { useRoleName } from '../../../components/back-office/role-names';
import { LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { hasRole, useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../i18n';

/** "Non hai i permessi per questa pagina", with who may use it and the way back: never a crash. */
export function Forbidden({ roles }: { roles: Role[] }) {
  const { t } = useTranslation('backoffice');
  const roleName = useRoleName();
  const session = useSession();
  useDocumentTitle(t('forbidden.title'));
  const allowed = [...new Set<Role>([...roles, 'admin'])].map(roleName).join(', ');
  const role = session.data ? roleName(session.data.user.role) : '';
  return (
    <section className="psm-forbidden" aria-labelledby="psm-forbidden-title">
      <BackOfficeBreadcrumb crumbs={[{ label: t('forbidden.title') }]} />
      <h1 id="psm-forbidden-title">{t('forbidden.title')}</h1>
      <div className="alert alert-warning">
        <p>{t('forbidden.text', { roles: allowed, role })}</p>
        <p className="mb-0">{t('forbidden.hint')}</p>
      </div>
      <Link to={paths.backOffice.home()} className="btn btn-outline-primary">
        {t('forbidden.back')}
      </Link>
    </section>
  );
}

/**
 * Shows `children` only to users with one of `roles` (admins always pass); the others read
 * "Non hai i permessi per questa pagina". Use it around a back-office page's content:
 * `<RequireRole roles={['analyst']}>…</RequireRole>`.
 */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  if (session.isPending) return <LoadingState />;
  if (!hasRole(session.data, ...roles)) return <Forbidden roles={roles} />;
  return <>{children}</>;
}
