import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import '../i18n';
import '../entry-i18n';
import '../../../styles/backoffice-data.css';
import { Pager } from '../../../components/pager';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { useUrlState } from '../../../i18n/url-state';
import { formatNumber } from '../../../lib/format';
import { isIndicatorSource } from '../../../lib/known-values';
import { paths } from '../../../lib/paths';
import { useBackofficeIndicators } from '../api/backoffice-indicators';
import { missingMetadata } from '../utils/completion';
import { StatusBadge } from './status-badge';
import { StrategyLinksIndex } from './strategy-links-index';

const PAGE_SIZE = 30;

/** /gestione/indicatori: the catalogue, drafts included, with a search, each one's publication status and the "da completare" marker, then the strategy links. */
export function IndicatorAdminList() {
  const { t } = useTranslation('indicatorAdmin');
  const { t: te } = useTranslation('indicatorEntry');
  const [state, setState] = useUrlState({ q: '', completare: '', bozze: '', pagina: '1' });
  const [text, setText] = useState(state.q);
  const onlyDrafts = state.bozze === '1';
  const query = useBackofficeIndicators({ q: state.q, status: onlyDrafts ? 'draft' : undefined });
  const onlyTodo = state.completare === '1';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setState({ q: text.trim(), pagina: null });
  };
  const n = (v: number) => formatNumber(v, 0);
  const sourceOf = (s: string) => (isIndicatorSource(s) ? t(`common.sources.${s}`) : s);

  const all = query.data?.items ?? [];
  const withMissing = all.map((i) => ({ i, missing: missingMetadata(i) }));
  const todoCount = withMissing.filter((x) => x.missing.length).length;
  const filtered = onlyTodo ? withMissing.filter((x) => x.missing.length) : withMissing;
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(state.pagina, 10) || 1));
  const shown = filtered.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  return (
    <div className="bod indicator-admin-list">
      <p className="bod-skip">
        <a href="#links-index-heading">{t('links.heading')}</a>
      </p>
      <p>
        <Link to={paths.backOffice.newIndicator()} className="btn btn-outline-primary">
          {te('create.link')}
        </Link>
      </p>
      <form className="bod-search" role="search" onSubmit={submit}>
        <div className="bod-field bod-search__field">
          <label htmlFor="ind-search">{t('list.search')}</label>
          <input id="ind-search" type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary">
          {t('list.searchButton')}
        </button>
      </form>
      <div className="form-check bod-check">
        <input id="ind-drafts" type="checkbox" checked={onlyDrafts} onChange={(e) => setState({ bozze: e.target.checked ? '1' : null, pagina: null })} aria-describedby="ind-drafts-help" />
        <label htmlFor="ind-drafts">{t('publication.onlyDrafts')}</label>
        <p id="ind-drafts-help" className="bod-help">
          {t('publication.draftsHelp')}
        </p>
      </div>
      <div className="form-check bod-check">
        <input id="ind-todo" type="checkbox" checked={onlyTodo} onChange={(e) => setState({ completare: e.target.checked ? '1' : null, pagina: null })} aria-describedby="ind-todo-help" />
        <label htmlFor="ind-todo">{t('list.onlyTodo')}</label>
        <p id="ind-todo-help" className="bod-help">
          {t('list.todoHelp')}
        </p>
      </div>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="bod-count" role="status">
            {t('list.count', { count: query.data.total, n: n(query.data.total) })}
            {query.data.drafts > 0 && ` · ${t('publication.draftCount', { count: query.data.drafts, n: n(query.data.drafts) })}`}
            {todoCount > 0 && ` · ${t('list.todoCount', { count: todoCount, n: n(todoCount) })}`}
          </p>
          {query.data.total > all.length && <p className="bod-help">{t('list.truncated', { shown: n(all.length), total: n(query.data.total) })}</p>}
          {shown.length === 0 ? (
            <EmptyState title={onlyTodo ? t('list.emptyTodo') : onlyDrafts && !state.q ? t('publication.emptyDrafts') : t('list.empty')} />
          ) : (
            <div className="table-responsive" tabIndex={0} role="region" aria-label={t('list.caption')}>
              <table className="table table-sm bod-table indicator-admin-list__table">
                <caption className="visually-hidden">{t('list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.code')}</th>
                    <th scope="col">{t('list.name')}</th>
                    <th scope="col">{t('list.source')}</th>
                    <th scope="col">{t('list.unit')}</th>
                    <th scope="col" className="bod-num">
                      {t('list.strategies')}
                    </th>
                    <th scope="col">{t('publication.column')}</th>
                    <th scope="col">{t('list.state')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map(({ i, missing }) => (
                    <tr key={i.code}>
                      <td className="bod-break">
                        <code>{i.code}</code>
                      </td>
                      <td>
                        <Link to={paths.backOffice.indicator(i.code)}>{i.name}</Link>
                      </td>
                      <td>{sourceOf(i.source)}</td>
                      <td>{i.unit ?? <span className="muted">{t('common.none')}</span>}</td>
                      <td className="bod-num">{n(i.strategies.length)}</td>
                      <td>
                        <StatusBadge status={i.publication.status} />
                        {i.publication.status === 'draft' && i.publication.missing.length > 0 && (
                          <>
                            {' '}
                            <span className="bod-help">{t('publication.missing', { fields: i.publication.missing.map((f) => t(`publication.fields.${f}`)).join(', ') })}</span>
                          </>
                        )}
                      </td>
                      <td>
                        {missing.length ? (
                          <>
                            <span className="bod-tag bod-tag--todo">{t('list.todo')}</span>{' '}
                            <span className="bod-help">{t('list.todoMissing', { fields: missing.map((f) => t(`fields.${f}`)).join(', ') })}</span>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <Pager
              label={t('list.pagination')}
              page={page}
              pages={pages}
              onPage={(p) => setState({ pagina: String(p) })}
            />
          )}
        </>
      )}
      <StrategyLinksIndex />
    </div>
  );
}
