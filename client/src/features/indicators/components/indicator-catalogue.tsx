import { useTranslation } from 'react-i18next';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useUrlState } from '../../../i18n/url-state';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useIndicators } from '../../../lib/api/get-indicators';
import '../i18n';
import { CatalogueFilters } from './catalogue-filters';
import { CataloguePagination } from './catalogue-pagination';
import { CatalogueResult } from './catalogue-result';
import { DemoBadge } from './demo-badge';

export const PAGE_SIZE = 20;

/** The catalogue of context indicators: search, filters and pages, all kept in the URL. */
export function IndicatorCatalogue() {
  const { t } = useTranslation('indicators');
  const title = t('catalogue.title');
  useDocumentTitle(title);
  const [state, setState] = useUrlState({ q: '', fonte: '', piano: '', strategia: '', pagina: '1' });
  const page = Math.max(1, Number.parseInt(state.pagina, 10) || 1);
  const list = useIndicators({ page, pageSize: PAGE_SIZE, q: state.q, source: state.fonte, plan: state.piano, strategy: state.strategia });
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const anyDemo = data?.items.some((i) => i.strategies.some((s) => s.demonstration)) ?? false;

  return (
    <article className="ind-page">
      <PageBreadcrumb items={[{ label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() }, { label: title }]} />
      <header className="ind-head">
        <h1>{title}</h1>
        <p className="ind-head__lead">{t('catalogue.lead')}</p>
      </header>
      <CatalogueFilters
        value={state}
        // Any new filter starts again from the first page.
        onChange={(patch) => setState({ ...patch, pagina: null }, { replace: false })}
        onReset={() => setState({ q: null, fonte: null, piano: null, strategia: null, pagina: null }, { replace: false })}
      />
      <div className="ind-results" aria-busy={list.isFetching}>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <p className="ind-results__count" role="status">
              {t('catalogue.results', { count: data!.total })}
              {pages > 1 &&
                ` – ${t('catalogue.resultsPage', {
                  from: (page - 1) * data!.pageSize + 1,
                  to: Math.min(page * data!.pageSize, data!.total),
                  total: data!.total,
                })}`}
            </p>
            {data!.items.length === 0 ? (
              <EmptyState title={t('catalogue.empty')} />
            ) : (
              <>
                {anyDemo && (
                  <p className="ind-demo-note">
                    <DemoBadge explain />
                  </p>
                )}
                <ul className="ind-results__list">
                  {data!.items.map((item) => (
                    <li key={item.code}>
                      <CatalogueResult item={item} plan={state.piano} />
                    </li>
                  ))}
                </ul>
              </>
            )}
            <CataloguePagination page={page} pages={pages} />
          </>
        )}
      </div>
    </article>
  );
}
