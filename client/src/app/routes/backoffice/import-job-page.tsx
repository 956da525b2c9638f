import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { HistoryLink } from '../../../components/back-office/history-link';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { RequireRole } from '../../../features/backoffice/components/require-role';
import { useImport } from '../../../features/imports/api/get-import';
import { ImportJob } from '../../../features/imports/components/import-job';
import { SaveAsSource } from '../../../features/sources/components/save-as-source';
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
        <SaveSource id={Number(id)} />
      </BackOfficePage>
    </RequireRole>
  );
}

/** Once previewed, the options of the batch can be kept as a data source with its address. */
function SaveSource({ id }: { id: number }) {
  const batch = useImport(id).data;
  if (!batch || !['previewed', 'committed'].includes(batch.status)) return null;
  return <SaveAsSource key={id} options={batch.options} fileName={batch.file.name} />;
}
