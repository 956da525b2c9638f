import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackOfficeBreadcrumb } from '../../../components/back-office/back-office-page';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link, Navigate } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { queryKeys } from '../../../lib/query-keys';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../../../styles/backoffice.css';
import '../i18n';
import { useSetupState } from '../api/setup';
import { SetupForm } from './setup-form';

/** /configurazione: the first administrator of a fresh install, once; closed for good when one exists. */
export function SetupView() {
  const { t } = useTranslation('auth');
  const state = useSetupState();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState(false);
  useDocumentTitle(t('setup.title'));

  if (created) {
    return (
      <>
        <LoadingState label={t('setup.done')} />
        <Navigate to={paths.backOffice.home()} replace />
      </>
    );
  }
  if (state.isPending) return <LoadingState />;
  return (
    <article className="psm-login-page">
      <BackOfficeBreadcrumb root crumbs={[{ label: t('setup.title') }]} />
      <div className="row">
        <div className="col-12 col-md-9 col-lg-6">
          <h1>{t('setup.title')}</h1>
          {state.isError ? (
            <ErrorState error={state.error} onRetry={() => void state.refetch()} />
          ) : state.data.needed ? (
            <>
              <p className="lead">{t('setup.intro')}</p>
              <SetupForm onCreated={() => setCreated(true)} onClosed={() => queryClient.setQueryData(queryKeys.setup, { needed: false })} />
            </>
          ) : (
            <div className="callout">
              <h2 className="callout-title h5">{t('setup.closedTitle')}</h2>
              <p>{t('setup.closedText')}</p>
              <p className="mb-0">
                <Link to={paths.login()}>{t('setup.closedLink')}</Link>
              </p>
            </div>
          )}
        </div>
      </div>
    </article>
  );
}
