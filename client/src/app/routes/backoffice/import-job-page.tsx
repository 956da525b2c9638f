import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { HistoryLink } from '../../../components/back-office/history-link';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { ImportJob } from '../../../features/imports/components/import-job';
import '../../../features/imports/i18n';
import { paths } from '../../../lib/paths';
import { NotFoundPage } from '../not-found-page';

/** /gestione/importazioni/:id: one import job, reopened by a link or a reload. */
export function ImportJobPage() {
  const { t } = useTranslation('imports');
  const { id = '' } = useParams();
  if (!/^[1-9]\d{0,9}$/.test(id)) return <NotFoundPage />;
  return (
    <RequireRole roles={['analyst']}>
      <BackOfficePage
        title={t('page.jobTitle', { id })}
        crumbs={[{ label: t('page.imports'), to: paths.backOffice.imports() }]}
        lead={<HistoryLink type="import_batch" id={id} name={t('page.jobTitle', { id })} />}
      >
        <ImportJob key={id} id={Number(id)} />
      </BackOfficePage>
    </RequireRole>
  );
}
