import { useTranslation } from 'react-i18next';
import '../i18n';
import { Pager } from '../../../components/pager';
import { Link } from '../../../i18n/link';
import { useUrlState } from '../../../i18n/url-state';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { IMPORTS_PAGE_SIZE, useImports } from '../api/get-imports';
import { ImportStatus } from './import-status';
import { countText } from '../../../lib/count-text';

/** Past imports, newest first: file, who, when, status, counts and a link to each job. */
export function ImportHistory() {
  const { t } = useTranslation('imports');
  const [state, setState] = useUrlState({ pagina: '1' });
  const page = Math.max(1, Number.parseInt(state.pagina, 10) || 1);
  const query = useImports(page);
  const n = (v: number) => formatNumber(v, 0);
  return (
    <section className="import-history" aria-labelledby="import-history-heading">
      <h2 id="import-history-heading" className="h4">
        {t('history.heading')}
      </h2>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('history.empty')} />
      ) : (
        <>
          <div className="table-responsive" tabIndex={0} role="region" aria-label={t('history.caption')}>
            <table className="table table-sm bod-table import-history__table">
              <caption className="visually-hidden">{t('history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="bod-num">
                    {t('history.id')}
                  </th>
                  <th scope="col">{t('history.file')}</th>
                  <th scope="col">{t('history.by')}</th>
                  <th scope="col">{t('history.when')}</th>
                  <th scope="col">{t('history.status')}</th>
                  <th scope="col">{t('history.counts')}</th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((b) => (
                  <tr key={b.id}>
                    <td className="bod-num">
                      <Link to={paths.backOffice.importJob(b.id)} aria-label={t('history.open', { id: b.id })}>
                        {b.id}
                      </Link>
                    </td>
                    <td className="bod-break">
                      <Link to={paths.backOffice.importJob(b.id)}>{b.file.name}</Link>
                    </td>
                    <td>{b.createdBy ?? t('history.unknownWho')}</td>
                    <td>{formatDateTime(b.createdAt)}</td>
                    <td>
                      <ImportStatus status={b.status} />
                    </td>
                    <td className="import-history__counts">
                      {/* Only a committed batch wrote its counts; the others say what a preview found, or that nothing was written. */}
                      {b.status === 'committed' || b.status === 'rolled_back'
                        ? t('history.countsText', { inserted: countText('new', b.counts.inserted), updated: countText('updated', b.counts.updated), unchanged: countText('unchanged', b.counts.unchanged) })
                        : b.status === 'failed' || b.status === 'invalid'
                          ? t('history.nothingWritten')
                          : t('history.previewCountsText', { inserted: countText('toInsert', b.counts.inserted), updated: countText('toUpdate', b.counts.updated), unchanged: countText('unchanged', b.counts.unchanged) })}
                      {b.counts.errors > 0 && (
                        <span className="import-history__errors"> · {t('history.errorsText', { count: b.counts.errors, n: n(b.counts.errors) })}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {query.data.total > IMPORTS_PAGE_SIZE && (
            <Pager
              label={t('history.pagination')}
              page={page}
              pages={Math.ceil(query.data.total / IMPORTS_PAGE_SIZE)}
              previous={t('history.previous')}
              next={t('history.next')}
              onPage={(p) => setState({ pagina: String(p) })}
            />
          )}
        </>
      )}
    </section>
  );
}
