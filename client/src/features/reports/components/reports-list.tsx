import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { formatDate, formatDateTime } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useReports } from '../api/get-reports';
import '../i18n';
import { ReportCreateForm } from './report-create-form';

/** /gestione/rapporti: the reports and the form of a new one. */
export function ReportsList() {
  const { t } = useTranslation('reports');
  const reports = useReports();
  let list;
  if (reports.isPending) list = <LoadingState />;
  else if (reports.isError) list = <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />;
  else if (!reports.data.length) list = <EmptyState title={t('list.empty')} />;
  else
    list = (
      <table className="table psm-stack-table psm-stack-table--compact">
        <caption>{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.reportTitle')}</th>
            <th scope="col">{t('list.plan')}</th>
            <th scope="col">{t('list.referenceDate')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col">{t('list.updatedAt')}</th>
            <th scope="col" className="text-end">
              {t('list.sections')}
            </th>
          </tr>
        </thead>
        <tbody>
          {reports.data.map((r) => (
            <tr key={r.id}>
              <th scope="row" data-label={t('list.reportTitle')}>
                <Link to={paths.backOffice.report(r.id)}>{r.title}</Link>
              </th>
              <td data-label={t('list.plan')}>{r.planTitle}</td>
              <td data-label={t('list.referenceDate')}>{formatDate(r.referenceDate)}</td>
              <td data-label={t('list.status')}>{t(`status.${r.status}`)}</td>
              <td data-label={t('list.updatedAt')}>{formatDateTime(r.updatedAt)}</td>
              <td className="text-end" data-label={t('list.sections')}>
                {r.sectionCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  return (
    <BackOfficePage title={t('list.title')} lead={t('list.lead')}>
      <div className="psm-users">
        <div className="psm-users__list">{list}</div>
        <div className="psm-users__create psm-panel">
          <div className="psm-panel__body">
            <ReportCreateForm />
          </div>
        </div>
      </div>
    </BackOfficePage>
  );
}
