import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { useUrlState } from '../../../i18n/url-state';
import { useOffices } from '../../../lib/api/get-offices';
import { paths } from '../../../lib/paths';
import '../i18n';
import { OfficeCreateForm } from './office-create-form';
import { OfficeEditor } from './office-editor';
import { OfficesTable } from './offices-table';

/** /gestione/uffici: the offices, an editor for one (`?ufficio=<code>`) and the form of a new one. */
export function OfficesAdmin() {
  const { t } = useTranslation('offices');
  const offices = useOffices();
  const [view, setView] = useUrlState({ ufficio: '' });
  const items = offices.data ?? [];

  let list;
  if (offices.isPending) list = <LoadingState />;
  else if (offices.isError) list = <ErrorState error={offices.error} onRetry={() => void offices.refetch()} />;
  else if (!items.length) list = <EmptyState title={t('table.empty')} />;
  else {
    const editing = items.find((o) => o.code === view.ufficio);
    list = (
      <>
        {editing && (
          <OfficeEditor key={`${editing.code}-${editing.version}`} office={editing} offices={items} onSaved={(code) => setView({ ufficio: code })} onClose={() => setView({ ufficio: null })} />
        )}
        <h2 className="h4">
          {t('page.title')} <span className="muted small">({t('page.count', { count: items.length })})</span>
        </h2>
        <OfficesTable offices={items} onEdit={(code) => setView({ ufficio: code })} />
      </>
    );
  }

  return (
    <BackOfficePage
      title={t('page.title')}
      lead={
        <>
          {t('page.lead')} <Link to={paths.backOffice.officesImport()}>{t('page.importLink')}</Link> · <Link to={paths.backOffice.audit({ type: 'office' })}>{t('page.auditLink')}</Link>
        </>
      }
    >
      <div className="psm-users">
        <div className="psm-users__list">{list}</div>
        <div className="psm-users__create psm-panel">
          <div className="psm-panel__body">
            <OfficeCreateForm offices={items} />
          </div>
        </div>
      </div>
    </BackOfficePage>
  );
}
