import { formatNumber, formatPeriod } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import type { DashboardIndicator, IndicatorSeries } from '../types';
import type { MergedRow } from '../utils/merge-series';
import { hasFlags, pointFlagLabel } from '../utils/point-flags';

type Props = { indicator: DashboardIndicator; series: IndicatorSeries[]; rows: MergedRow[] };

/** The chart's values as a table: the accessible alternative, and what to copy into a report. */
export function IndicatorDataTable({ indicator, series, rows }: Props) {
  const columns = series.filter((s) => s.points.length > 0);
  // Periods no territory has a value for are gaps on the chart; in the table they add nothing.
  const filled = rows.filter((r) => columns.some((s) => r.values[s.territory.code]));
  if (filled.length === 0) return null;
  const caption = strings.dashboard.tableCaption(indicator.name, indicator.unit);
  const flagged = columns.some((s) => s.points.some(hasFlags));
  return (
    <details className="data-table">
      <summary>{strings.dashboard.table}</summary>
      {/* Focusable so keyboard users can scroll a table wider than a phone. */}
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.dashboard.period}</th>
              {columns.map((s) => (
                <th key={s.territory.code} scope="col" className="num">
                  {s.territory.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {filled.map((row) => (
              <tr key={row.period}>
                <th scope="row">{formatPeriod(row.period)}</th>
                {columns.map((s) => {
                  const p = row.values[s.territory.code];
                  return (
                    <td key={s.territory.code} className="num">
                      {p ? (
                        `${formatNumber(p.value, indicator.decimals)}${hasFlags(p) ? ` ${pointFlagLabel(p)}` : ''}`
                      ) : (
                        <abbr title={strings.dashboard.notAvailableLong}>{strings.dashboard.notAvailable}</abbr>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="small muted">{strings.dashboard.flagsLegend}</p>
      {flagged && <p className="small muted">{strings.dashboard.flaggedPoint}</p>}
    </details>
  );
}
