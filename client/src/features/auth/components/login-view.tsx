import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { BackOfficeBreadcrumb } from '../../../components/back-office/back-office-page';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link, Navigate } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../../../styles/backoffice.css';
import '../i18n';
import { useSetupState } from '../api/setup';
import { safeNext } from '../utils/safe-next';
import { LoginForm } from './login-form';

/** /accedi?next=…: the sign-in page; a signed-in user goes on to the back-office (or `next`, right after signing in). */
export function LoginView() {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const session = useSession();
  // A fresh install has no administrator yet: its first one is made on /configurazione.
  const setup = useSetupState();
  const [signedIn, setSignedIn] = useState(false);
  useDocumentTitle(t('login.title'));

  if (session.data) {
    return (
      <>
        <LoadingState label={t('login.signedIn')} />
        <Navigate to={signedIn ? safeNext(params.get('next')) : paths.backOffice.home()} replace />
      </>
    );
  }
  if (session.isPending) return <LoadingState />;
  return (
    <article className="psm-login-page">
      <BackOfficeBreadcrumb root crumbs={[{ label: t('login.title') }]} />
      <div className="row">
        <div className="col-12 col-md-9 col-lg-6">
          <h1>{t('login.title')}</h1>
          <p className="lead">{t('login.intro')}</p>
          {setup.data?.needed && (
            <p className="callout note">
              {t('setup.loginNotice')} <Link to={paths.setup()}>{t('setup.loginNoticeLink')}</Link>.
            </p>
          )}
          {session.isError && <ErrorState error={session.error} onRetry={() => void session.refetch()} />}
          <LoginForm onSignedIn={() => setSignedIn(true)} />
        </div>
      </div>
    </article>
  );
}
