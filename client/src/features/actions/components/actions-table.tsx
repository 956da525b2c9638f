import { useTranslation } from 'react-i18next';
import type { ActionRow } from '@psm/server/contract';
import { OverdueBadge } from '../../../components/overdue-badge';
import { StatusBadge } from '../../../components/status-badge';
import { Link } from '../../../i18n/link';
import { formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import '../i18n';
import type { SortDirection, SortKey } from '../utils/filter-actions';
import { ProgressMeter, ToUpdateMarker } from './progress-meter';

type Props = {
  plan: string;
  rows: readonly ActionRow[];
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey, direction: SortDirection) => void;
};

function SortArrow({ state }: { state: 'ascending' | 'descending' | 'none' }) {
  const d = state === 'ascending' ? 'M6 2 L11 9 H1 Z' : state === 'descending' ? 'M6 10 L11 3 H1 Z' : 'M6 0 L10 5 H2 Z M6 12 L10 7 H2 Z';
  return (
    <svg className="act-sort__icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

/**
 * The actions as a table (Bootstrap Italia) that becomes one card per action under 768 px: each cell
 * then shows its column's name (data-label), so nothing depends on the hidden header row.
 */
export function ActionsTable({ plan, rows, sort, direction, onSort }: Props) {
  const { t } = useTranslation('actions');
  const columns: Record<SortKey, string> = {
    codice: t('explorer.colCode'),
    stato: t('explorer.colStatus'),
    avanzamento: t('explorer.colProgress'),
  };
  const ariaSort = (key: SortKey) => (sort === key ? (direction === 'asc' ? 'ascending' : 'descending') : 'none');
  const sortHeader = (key: SortKey) => (
    <th scope="col" aria-sort={ariaSort(key)} className={`act-col-${key}`}>
      <button
        type="button"
        className="act-sort"
        onClick={() => onSort(key, sort === key && direction === 'asc' ? 'desc' : 'asc')}
      >
        {columns[key]}
        <SortArrow state={ariaSort(key)} />
      </button>
    </th>
  );

  return (
    <table className="table act-table">
      <caption className="act-table__caption">
        {t('explorer.caption')}, {t('explorer.sortedBy', { column: columns[sort].toLocaleLowerCase(), direction: t(direction === 'asc' ? 'explorer.ascending' : 'explorer.descending') })}
      </caption>
      <thead>
        <tr>
          {sortHeader('codice')}
          <th scope="col">{t('explorer.colTitle')}</th>
          <th scope="col">{t('explorer.colStrategy')}</th>
          <th scope="col">{t('explorer.colOffice')}</th>
          {sortHeader('stato')}
          {sortHeader('avanzamento')}
          <th scope="col">{t('explorer.colLastPeriod')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code} className="act-row">
            <td data-label={t('explorer.colCode')} className="act-cell-code">
              <span className="psm-code">{r.code}</span>
            </td>
            <th scope="row" className="act-cell-title">
              <Link to={paths.action(plan, r.code)}>{r.title}</Link>
            </th>
            <td data-label={t('explorer.colStrategy')} className="act-cell-strategy">
              <span>
                <Link to={paths.strategy(plan, r.strategy.code)}>{t('shared.strategy', { code: r.strategy.code })}</Link>
                <span className="act-cell-strategy__title">{r.strategy.title}</span>
              </span>
            </td>
            <td data-label={t('explorer.colOffice')}>{r.office?.name ?? <span className="muted">{t('shared.notAvailable')}</span>}</td>
            <td data-label={t('explorer.colStatus')}>
              <span className="act-cell-status">
                <StatusBadge status={r.status} noUpdateLabel={t('shared.noUpdate')} />
                <OverdueBadge overdue={r.overdue} />
              </span>
            </td>
            <td data-label={t('explorer.colProgress')}>
              <ProgressMeter value={r.progress} />
            </td>
            <td data-label={t('explorer.colLastPeriod')}>
              <span className="act-cell-period">
                {r.lastPeriod ? formatPeriod(r.lastPeriod) : <span className="muted">{t('explorer.neverReported')}</span>}
                {r.toUpdate && <ToUpdateMarker />}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
