import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { SessionInfo } from '@psm/server/contract';
import { useRoleName } from '../../../components/back-office/role-names';
import { ErrorBoundary } from '../../../components/error-boundary';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Navigate, useLangNavigate } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useLogout, useSession } from '../../../lib/session';
import '../../../styles/backoffice.css';
import '../i18n';
import { nextPath } from '../utils/sections';
import { BackOfficeNav } from './back-office-nav';

function AreaHeader({ session, onLeave }: { session: SessionInfo; onLeave: (leaving: boolean) => void }) {
  const { t } = useTranslation('backoffice');
  const logout = useLogout();
  const roleName = useRoleName();
  const navigate = useLangNavigate();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { user } = session;
  const signOut = async () => {
    setBusy(true);
    setFailed(false);
    onLeave(true);
    try {
      await logout();
      navigate(paths.home());
    } catch {
      // useLogout forgets the session even when the server call fails; say so, and stay.
      onLeave(false);
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <div className="psm-bo-bar">
      <div className="psm-bo-bar__who" aria-label={t('header.label')} role="group">
        <p className="psm-bo-bar__area">{t('nav.backOffice', { ns: 'common' })}</p>
        <p className="psm-bo-bar__user">
          <span className="visually-hidden">{t('header.signedInAs')} </span>
          <strong>{user.name ?? user.email}</strong>
          <span className="psm-bo-bar__role">
            <span className="visually-hidden">, {t('header.role')}: </span>
            {roleName(user.role)}
          </span>
        </p>
      </div>
      <button type="button" className="btn btn-outline-primary btn-sm psm-bo-bar__logout" onClick={() => void signOut()} disabled={busy}>
        {busy ? t('header.loggingOut') : t('header.logout')}
      </button>
      {failed && (
        <p className="psm-bo-bar__failed alert alert-danger" role="alert">
          {t('header.logoutFailed')}
        </p>
      )}
    </div>
  );
}

/**
 * The frame of every /gestione page: a visitor is sent to /accedi?next=<this page>; a signed-in
 * user sees who they are, their role, "Esci", and the sections their role may use.
 */
export function BackOfficeShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation('backoffice');
  const session = useSession();
  const location = useLocation();
  const [leaving, setLeaving] = useState(false);
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    // Signing out: the session is gone a moment before we leave for the home page.
    if (leaving) return <LoadingState />;
    return (
      <>
        <LoadingState label={t('guard.redirecting')} />
        <Navigate to={paths.login(nextPath(location.pathname, location.search))} replace />
      </>
    );
  }
  return (
    <div className="psm-bo">
      <AreaHeader session={session.data} onLeave={setLeaving} />
      <BackOfficeNav session={session.data} />
      <ErrorBoundary>
        <div className="psm-bo__content">{children}</div>
      </ErrorBoundary>
    </div>
  );
}
