import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRow } from '@psm/server/contract';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { useLanguage } from '../../../i18n/language';
import { useUrlState } from '../../../i18n/url-state';
import { useActionStatuses } from '../../../lib/api/get-action-statuses';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import '../../../styles/actions.css';
import { actionsDownloadUrl, useActions } from '../api/get-actions';
import { usePlanSummary } from '../hooks/use-plan-summary';
import '../i18n';
import {
  directionOf,
  FILTER_DEFAULTS,
  FILTER_KEYS,
  matchesFilters,
  sortActions,
  sortKeyOf,
  SORT_KEYS,
  type ActionFilters as Filters,
} from '../utils/filter-actions';
import { ActionFilters } from './action-filters';
import { ActionsTable } from './actions-table';
import { CurrentPeriodNote } from './current-period-note';

/** The statuses the filter offers: the vocabulary, or (while it loads or if it fails) those the rows carry. */
function useStatusChoices(rows: readonly ActionRow[]) {
  const vocabulary = useActionStatuses();
  return useMemo(() => {
    if (vocabulary.data) return vocabulary.data.items;
    const seen = new Map<string, NonNullable<ActionRow['status']>>();
    for (const r of rows) if (r.status && !seen.has(r.status.code)) seen.set(r.status.code, r.status);
    return [...seen.values()];
  }, [vocabulary.data, rows]);
}

/** /piani/:plan/azioni: every action of the plan, filtered, sorted and downloadable; the view lives in the URL. */
export function ActionsExplorer({ plan }: { plan: string }) {
  const { t } = useTranslation('actions');
  const query = useActions(plan);
  const summary = usePlanSummary(plan);
  const [filters, setFilters] = useUrlState(FILTER_DEFAULTS);
  const rows = useMemo(() => query.data?.items ?? [], [query.data]);
  const statuses = useStatusChoices(rows);
  const sortId = useId();
  const lang = useLanguage();
  useDocumentTitle(summary ? `${t('explorer.title')} – ${summary.title}` : t('explorer.title'));

  const sort = sortKeyOf(filters.ordine);
  const direction = directionOf(filters.verso);
  // The vocabulary comes in its own order (position), so the index is the status's rank.
  const positions = useMemo(() => new Map(statuses.map((s, i) => [s.code, i])), [statuses]);
  const shown = useMemo(
    () => sortActions(rows.filter((r) => matchesFilters(r, filters)), sort, direction, positions),
    [rows, filters, sort, direction, positions],
  );
  const filtered = filters.q !== '' || FILTER_KEYS.some((k) => filters[k] !== '');
  const reset = () => setFilters({ q: null, asse: null, strategia: null, stato: null, zona: null, ufficio: null, fonte: null, ritardo: null });
  const onChange = (patch: Partial<Filters>) => setFilters(patch);
  const onSort = (ordine: string, verso: string) => setFilters({ ordine, verso });
  const resetButton = (
    <button type="button" className="btn btn-outline-primary btn-sm" onClick={reset} disabled={!filtered}>
      {t('explorer.reset')}
    </button>
  );

  return (
    <article className="act-explorer">
      <PageBreadcrumb
        items={[
          { label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() },
          { label: summary?.title ?? plan, to: paths.plan(plan) },
          { label: t('shared.actions') },
        ]}
      />
      <header className="page-head">
        <h1>{t('explorer.title')}</h1>
        <p className="page-head__subtitle">{summary?.title ?? plan}</p>
        <p>{t('explorer.lead')}</p>
        {summary && summary.counts.actions.declared !== null && summary.counts.actions.declared > summary.counts.actions.loaded && (
          <p className="small muted">
            {t('explorer.loaded', { loaded: summary.counts.actions.loaded, declared: summary.counts.actions.declared })}
          </p>
        )}
      </header>

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('explorer.noActions')} />
      ) : (
        <>
          <CurrentPeriodNote period={query.data.currentPeriod} />
          <section className="act-filters-box" aria-labelledby="act-filters-title">
            <h2 id="act-filters-title" className="h5">
              {t('explorer.filters')}
            </h2>
            <ActionFilters rows={rows} statuses={statuses} filters={filters} onChange={onChange} />
          </section>

          <div className="act-results-bar">
            <p className="act-count" role="status" aria-live="polite">
              {t('explorer.count', { count: shown.length, total: rows.length })}
            </p>
            {resetButton}
            <div className="select-wrapper act-sort-mobile">
              <label htmlFor={sortId}>{t('explorer.sortBy')}</label>
              <select
                id={sortId}
                value={`${sort}:${direction}`}
                onChange={(e) => {
                  const [ordine = 'codice', verso = 'asc'] = e.target.value.split(':');
                  onSort(ordine, verso);
                }}
              >
                {SORT_KEYS.flatMap((k) =>
                  (['asc', 'desc'] as const).map((d) => {
                    const column = t(k === 'codice' ? 'explorer.colCode' : k === 'stato' ? 'explorer.colStatus' : 'explorer.colProgress');
                    return (
                      <option key={`${k}:${d}`} value={`${k}:${d}`}>
                        {t('explorer.sortOption', { column, direction: t(d === 'asc' ? 'explorer.up' : 'explorer.down') })}
                      </option>
                    );
                  }),
                )}
              </select>
            </div>
          </div>

          {shown.length === 0 ? (
            <EmptyState title={t('explorer.empty')}>
              <p>{t('explorer.emptyHint')}</p>
              {resetButton}
            </EmptyState>
          ) : (
            <ActionsTable plan={plan} rows={shown} sort={sort} direction={direction} onSort={onSort} />
          )}

          <section className="act-downloads" aria-labelledby="act-downloads-title">
            <h2 id="act-downloads-title" className="h5">
              {t('explorer.downloads')}
            </h2>
            <p className="small muted">{t('explorer.downloadsNote')}</p>
            <ul className="act-downloads__list">
              <li>
                <a href={actionsDownloadUrl(plan, 'csv', filters, lang)} download>
                  {t('explorer.csv')}
                </a>
              </li>
              <li>
                <a href={actionsDownloadUrl(plan, 'xlsx', filters, lang)} download>
                  {t('explorer.xlsx')}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
