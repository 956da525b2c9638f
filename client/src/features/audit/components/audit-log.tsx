import { useTranslation } from 'react-i18next';
import { BackOfficePage } from '../../../components/back-office/back-office-page';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useUrlState } from '../../../i18n/url-state';
import { auditCsvUrl, PAGE_SIZE, useAudit, type AuditFilterValues } from '../api/get-audit';
import '../i18n';
import { AuditFilters } from './audit-filters';
import { AuditTable } from './audit-table';

/** URL keys (Italian, as the other back-office pages) of the filters. */
const URL_KEYS = { resourceType: 'tipo', resourceId: 'id', user: 'utente', action: 'operazione', from: 'dal', to: 'al' } as const;

/** /gestione/registro: the audit log with its filters in the URL (a "Cronologia" link opens it filtered on one object), pages and CSV. */
export function AuditLog() {
  const { t } = useTranslation('audit');
  const [view, setView] = useUrlState({ tipo: '', id: '', utente: '', operazione: '', dal: '', al: '', pagina: '1' });
  const filters: AuditFilterValues = { resourceType: view.tipo, resourceId: view.id, user: view.utente, action: view.operazione, from: view.dal, to: view.al };
  const page = Math.max(1, Number(view.pagina) || 1);
  const audit = useAudit(filters, page);
  const apply = (f: AuditFilterValues) =>
    setView({ ...Object.fromEntries(Object.entries(URL_KEYS).map(([k, u]) => [u, f[k as keyof AuditFilterValues] || null])), pagina: null }, { replace: false });

  let body;
  if (audit.isPending) body = <LoadingState />;
  else if (audit.isError) body = <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />;
  else if (!audit.data.items.length) body = <EmptyState title={t('page.empty')} />;
  else {
    const pages = Math.max(1, Math.ceil(audit.data.total / PAGE_SIZE));
    body = (
      <>
        <AuditTable items={audit.data.items} onRecord={(type, id) => apply({ ...filters, resourceType: type, resourceId: id })} />
        {pages > 1 && (
          <nav aria-label={t('pager.label')} className="psm-bo-form__actions">
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={page <= 1} onClick={() => setView({ pagina: String(page - 1) }, { replace: false })}>
              {t('pager.previous')}
            </button>
            <span aria-live="polite">{t('pager.page', { page, pages })}</span>
            <button type="button" className="btn btn-outline-primary btn-sm" disabled={page >= pages} onClick={() => setView({ pagina: String(page + 1) }, { replace: false })}>
              {t('pager.next')}
            </button>
          </nav>
        )}
      </>
    );
  }

  return (
    <BackOfficePage title={t('page.title')} lead={t('page.lead')}>
      <AuditFilters key={JSON.stringify(filters)} value={filters} onApply={apply} />
      <div className="psm-audit-head">
        <h2 className="h4">{audit.data ? t('page.count', { count: audit.data.total }) : t('page.title')}</h2>
        <p className="mb-0">
          <a className="btn btn-outline-primary btn-sm" href={auditCsvUrl(filters)} download aria-describedby="audit-csv-hint">
            {t('page.csv')}
          </a>{' '}
          <span id="audit-csv-hint" className="small muted">
            {t('page.csvHint')}
          </span>
        </p>
      </div>
      {body}
    </BackOfficePage>
  );
}
