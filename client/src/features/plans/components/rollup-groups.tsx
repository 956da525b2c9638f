import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, RollupGroup, RollupGroups } from '@psm/server/contract';
import { ROLLUP_GROUPINGS, type RollupGrouping } from '@psm/server/contract/values';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { StatusBar } from '../../../components/status-bar';
import { useStatusLabel } from '../../../components/status-badge';
import { useUrlState } from '../../../i18n/url-state';
import { useFundingSourceLabel } from '../../../lib/funding-labels';
import { formatDate, formatEuro, formatNumber, formatPercent } from '../../../lib/format';
import { rollupGroupsCsvUrl, useRollupGroups } from '../api/get-rollup-groups';
import '../i18n';

const groupingOf = (v: string): RollupGrouping => ((ROLLUP_GROUPINGS as readonly string[]).includes(v) ? (v as RollupGrouping) : 'zona');

/** A group's name in words: the zone or office, the funding source's label, or "non indicato". */
function useGroupName(by: RollupGrouping): (g: RollupGroup) => string {
  const { t } = useTranslation('plans');
  const source = useFundingSourceLabel();
  return (g) => (g.code === null ? t('groups.notSpecified') : by === 'finanziamento' ? source(g.code) : (g.name ?? g.code));
}

type Props = { data: RollupGroups; statuses: readonly ActionStatus[] };

/** One stacked status bar per group (the table below is its text alternative, so the chart is hidden from screen readers). */
function GroupsChart({ data, statuses }: Props) {
  const { t } = useTranslation('plans');
  const name = useGroupName(data.by);
  const label = useStatusLabel();
  const used = statuses.filter((s) => data.groups.some((g) => (g.byStatus[s.code] ?? 0) > 0));
  const anyNoUpdate = data.groups.some((g) => g.noUpdate > 0);
  return (
    <div className="psm-groups-chart" aria-hidden="true">
      <ul className="psm-statusbar__legend psm-groups-chart__legend">
        {used.map((s) => (
          <li key={s.code}>
            <span className="psm-status__swatch" style={{ backgroundColor: s.colour }} />
            {label(s)}
          </li>
        ))}
        {anyNoUpdate && (
          <li>
            <span className="psm-status__swatch psm-status__swatch--none" />
            {t('rollup.noUpdate')}
          </li>
        )}
      </ul>
      <ul className="psm-groups-chart__rows">
        {data.groups.map((g) => (
          <li key={g.code ?? '-'} className="psm-groups-chart__row">
            <span className="psm-groups-chart__name">{name(g)}</span>
            <span className="psm-groups-chart__bar">
              <StatusBar statuses={statuses} byStatus={g.byStatus} noUpdate={g.noUpdate} label={name(g)} noUpdateLabel={t('rollup.noUpdate')} compact />
            </span>
            <span className="psm-groups-chart__n">
              {t('rollup.actions', { count: g.actions })}
              {g.overdue > 0 && <span className="psm-overdue-count"> · {t('overdue.count', { ns: 'common', count: g.overdue })}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The figures of each group, one row each: the accessible form of the chart, and what the CSV holds. */
export function GroupsTable({ data, statuses }: Props) {
  const { t } = useTranslation('plans');
  const name = useGroupName(data.by);
  const label = useStatusLabel();
  const used = statuses.filter((s) => data.groups.some((g) => (g.byStatus[s.code] ?? 0) > 0));
  const anyNoUpdate = data.groups.some((g) => g.noUpdate > 0);
  const na = <span className="psm-muted">{t('groups.none')}</span>;
  return (
    <div className="psm-table-wrap">
      <table className="table psm-stack-table psm-groups-table">
        <caption className="visually-hidden">{t(`groups.caption.${data.by}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`groups.column.${data.by}`)}</th>
            <th scope="col">{t('groups.actions')}</th>
            {used.map((s) => (
              <th scope="col" key={s.code}>
                {label(s)}
              </th>
            ))}
            {anyNoUpdate && <th scope="col">{t('rollup.noUpdate')}</th>}
            <th scope="col">{t('groups.meanProgress')}</th>
            <th scope="col">{t('groups.overdue')}</th>
            <th scope="col">{t('groups.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g) => (
            <tr key={g.code ?? '-'}>
              <th scope="row">{name(g)}</th>
              <td data-label={t('groups.actions')}>{formatNumber(g.actions)}</td>
              {used.map((s) => (
                <td key={s.code} data-label={label(s)}>
                  {formatNumber(g.byStatus[s.code] ?? 0)}
                </td>
              ))}
              {anyNoUpdate && <td data-label={t('rollup.noUpdate')}>{formatNumber(g.noUpdate)}</td>}
              <td data-label={t('groups.meanProgress')}>{g.meanProgress === null ? na : formatPercent(g.meanProgress, 0)}</td>
              <td data-label={t('groups.overdue')}>{formatNumber(g.overdue)}</td>
              <td data-label={t('groups.amount')}>{g.amount === null ? na : formatEuro(g.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Monitoring page: the implementation per zona omogenea, office or funding source, as bars and as a table, with its CSV. */
export function RollupGroupsSection({ plan, statuses }: { plan: string; statuses: readonly ActionStatus[] | undefined }) {
  const { t } = useTranslation('plans');
  const titleId = useId();
  const [view, setView] = useUrlState({ per: 'zona' });
  const by = groupingOf(view.per);
  const query = useRollupGroups(plan, by);
  let body;
  if (query.isPending || (!statuses && !query.isError)) body = <LoadingState />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (statuses) {
    body = (
      <>
        <ul className="psm-groups__notes small">
          {by !== 'ufficio' && <li>{t(`groups.note.${by}`)}</li>}
          <li>{t(`groups.note.notSpecified.${by}`)}</li>
          <li>{t('groups.note.overdue', { date: formatDate(query.data.overdueOn) })}</li>
        </ul>
        <GroupsChart data={query.data} statuses={statuses} />
        <GroupsTable data={query.data} statuses={statuses} />
        <p className="small">
          <a href={rollupGroupsCsvUrl(plan, by)} download>
            {t(`groups.csv.${by}`)}
          </a>
        </p>
      </>
    );
  }
  return (
    <section className="psm-groups" aria-labelledby={titleId}>
      <h2 id={titleId} className="psm-section-title">
        {t('groups.title')}
      </h2>
      <fieldset className="psm-groups__choice">
        <legend className="h6">{t('groups.choose')}</legend>
        {ROLLUP_GROUPINGS.map((g) => (
          <div className="form-check form-check-inline" key={g}>
            <input
              className="form-check-input"
              type="radio"
              name={`${titleId}-per`}
              id={`${titleId}-${g}`}
              checked={by === g}
              onChange={() => setView({ per: g })}
            />
            <label className="form-check-label" htmlFor={`${titleId}-${g}`}>
              {t(`groups.by.${g}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {body}
    </section>
  );
}
