import { useMemo } from 'react';
import { strings } from '../../../lib/strings';
import type { DashboardIndicator } from '../types';
import { chartSeries } from '../utils/chart-series';
import { mergeSeries } from '../utils/merge-series';
import type { TerritoryStyle } from '../utils/territory-style';
import { ChartLegend } from './chart-legend';
import { DemonstrationNote, IndicatorSource } from './indicator-source';
import { IndicatorChart } from './indicator-chart';
import { IndicatorDataTable } from './indicator-data-table';
import { LatestValue } from './latest-value';

type Props = {
  indicator: DashboardIndicator;
  /** Code of the plan's own territory, whose latest value leads the card. */
  focusCode: string | undefined;
  styleOf: (territoryCode: string) => TerritoryStyle;
};

/** One context indicator: latest value and change, chart against the comparison territories, data, source. */
export function IndicatorCard({ indicator, focusCode, styleOf }: Props) {
  const { drawn, offScale } = useMemo(() => chartSeries(indicator.series, focusCode), [indicator.series, focusCode]);
  const chartRows = useMemo(() => mergeSeries(drawn), [drawn]);
  const tableRows = useMemo(() => mergeSeries(indicator.series), [indicator.series]);
  const focus = indicator.series.find((s) => s.territory.code === focusCode);
  const comparisons = indicator.series.filter((s) => s.territory.code !== focusCode);
  const headingId = `indicator-${indicator.code}`;
  return (
    <article className="card indicator-card" aria-labelledby={headingId}>
      <header className="indicator-card__head">
        {indicator.theme && <p className="card__kicker">{indicator.theme}</p>}
        <h3 id={headingId} className="card__title">
          {indicator.name}
        </h3>
        <p className="small muted">
          {indicator.unit && (
            <>
              {strings.dashboard.unit}: {indicator.unit} ·{' '}
            </>
          )}
          {strings.dashboard.polarityLabel}: {strings.dashboard.polarity[indicator.polarity]}
        </p>
        {indicator.definition && <p className="small">{indicator.definition}</p>}
        {indicator.demonstration && <DemonstrationNote rationale={indicator.rationale} />}
      </header>
      <div className="indicator-card__body">
        <LatestValue indicator={indicator} focus={focus} comparisons={comparisons} />
        <div className="indicator-card__chart">
          <ChartLegend series={drawn} styleOf={styleOf} />
          <IndicatorChart indicator={indicator} series={drawn} rows={chartRows} styleOf={styleOf} />
          {offScale.length > 0 && (
            <p className="small muted">{strings.dashboard.offScale(offScale.map((s) => s.territory.name))}</p>
          )}
        </div>
      </div>
      <IndicatorDataTable indicator={indicator} series={indicator.series} rows={tableRows} />
      <footer className="indicator-card__foot">
        <IndicatorSource indicator={indicator} />
      </footer>
    </article>
  );
}
