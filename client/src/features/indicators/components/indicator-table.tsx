import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail, Revision } from '@psm/server/contract';
import { formatNumber, formatPeriod } from '../../../lib/format';
import '../i18n';
import type { Series, SeriesPoint } from '../types';
import { mergeSeries } from '../utils/merge-series';
import { flagsOf } from '../../../lib/point-flags';
import { useIndicatorName } from './use-indicator-name';

function FlagLetters({ point }: { point: SeriesPoint }) {
  const { t } = useTranslation('indicators');
  const flags = flagsOf(point);
  if (flags.length === 0) return null;
  return (
    <>
      <span className="ind-table__flags" aria-hidden="true">
        {' '}
        ({flags.map((f) => t(`flags.abbr.${f}`)).join(', ')})
      </span>
      <span className="visually-hidden"> ({flags.map((f) => t(`flags.${f}`)).join(', ')})</span>
    </>
  );
}

/** A value a later import changed: a visible mark, words for screen readers, and on request the earlier value. */
function RevisedMark({ revision, showPrevious, decimals }: { revision: Revision; showPrevious: boolean; decimals: number | null }) {
  const { t } = useTranslation('indicators');
  // The earlier flags too: a revision may have changed only them (a provisional value made final).
  const flags = flagsOf({ period: revision.period, ...revision.previous }).map((f) => t(`flags.abbr.${f}`));
  const previous = formatNumber(revision.previous.value, decimals) + (flags.length ? ` (${flags.join(', ')})` : '');
  return (
    <>
      <span className="ind-table__revised" aria-hidden="true">
        *
      </span>
      <span className="visually-hidden"> ({t('table.revised')})</span>
      {showPrevious && (
        <span className="ind-table__previous"> ({t('table.previous', { value: previous })})</span>
      )}
    </>
  );
}

/**
 * The values shown as a table, periods by territories: the chart's text alternative and what to
 * copy into a report. A period no territory has stays as a row of dashes, like the gap on the chart.
 */
export function IndicatorTable({
  indicator,
  series,
  revisions = [],
}: {
  indicator: IndicatorDetail;
  series: Series[];
  /** Points a later import changed (of the territories shown): marked, with the earlier value on request. */
  revisions?: readonly Revision[];
}) {
  const { t } = useTranslation('indicators');
  const captionId = useId();
  const [showPrevious, setShowPrevious] = useState(false);
  const name = useIndicatorName()(indicator).text;
  const columns = series.filter((s) => s.points.length > 0);
  const rows = mergeSeries(columns);
  const revised = new Map(revisions.map((r) => [`${r.territory} ${r.period}`, r]));
  const anyRevised = columns.some((s) => s.points.some((p) => revised.has(`${s.territory.code} ${p.period}`)));
  if (rows.length === 0) return <p className="ind-empty">{t('chart.empty')}</p>;
  const caption = indicator.unit
    ? t('table.captionUnit', { name, unit: indicator.unit })
    : t('table.caption', { name });
  return (
    <>
      {/* The title outside the scroll box, so a phone shows it whole while the table scrolls. */}
      <h2 id={captionId} className="ind-table__title">
        {caption}
      </h2>
      {anyRevised && (
        <button type="button" className="btn btn-sm btn-outline-secondary ind-table__toggle" aria-pressed={showPrevious} onClick={() => setShowPrevious((v) => !v)}>
          {t('table.showPrevious')}
        </button>
      )}
      {/* Focusable so keyboard users can scroll a table wider than a phone. */}
      <div className="table-responsive ind-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table-sm ind-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t('table.period')}</th>
              {columns.map((s) => (
                <th key={s.territory.code} scope="col" className="text-end">
                  {s.territory.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.period}>
                <th scope="row">{formatPeriod(row.period)}</th>
                {columns.map((s) => {
                  const p = row.values[s.territory.code];
                  const revision = p && revised.get(`${s.territory.code} ${row.period}`);
                  return (
                    <td key={s.territory.code} className="text-end">
                      {p ? (
                        <>
                          {formatNumber(p.value, indicator.decimals)}
                          <FlagLetters point={p} />
                          {revision && <RevisedMark revision={revision} showPrevious={showPrevious} decimals={indicator.decimals} />}
                        </>
                      ) : (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('table.missing')}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ind-table__legend">
        {t('table.legend')}
        {anyRevised && ` ${t('table.revisedLegend')}`}
      </p>
    </>
  );
}
