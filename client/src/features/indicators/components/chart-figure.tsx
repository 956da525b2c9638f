import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import { LoadingState } from '../../../components/query-states';
import { formatPeriod } from '../../../lib/format';
import '../i18n';
import type { Series } from '../types';
import { chartSeries } from '../utils/chart-series';
import { mergeSeries } from '../utils/merge-series';
import { flagsPresent } from '../../../lib/point-flags';
import type { TerritoryStyle } from '../utils/territory-style';
import { FigureDownloads } from './figure-downloads';
import { PointMarker } from './point-marker';
import { TargetList } from './target-list';
import { useIndicatorName } from './use-indicator-name';
import { useValueText } from './use-value-text';

// Recharts is loaded only when a chart is drawn, never with the rest of the site.
const IndicatorChart = lazy(() => import('./indicator-chart').then((m) => ({ default: m.IndicatorChart })));

type Props = {
  indicator: IndicatorDetail;
  /** The selected territories' series, in the order offered. */
  series: Series[];
  styleOf: (code: string) => TerritoryStyle;
  focusCode: string | undefined;
  /** The plan whose territory leads the view (the page's `piano`), for the figure downloads. */
  plan?: string;
  /** The title's heading level: h1 where the figure is the whole page (the embed). */
  titleAs?: 'h1' | 'h2';
  /** Offer the figure downloads (not in the embed, which links back to the page instead). */
  downloads?: boolean;
};

/** True when a series misses a period inside its own span: the line breaks there. */
const hasGaps = (s: Series, rows: { period: string }[]) => {
  const periods = rows.map((r) => r.period);
  const first = periods.indexOf(s.points[0]!.period);
  const last = periods.indexOf(s.points.at(-1)!.period);
  return last - first + 1 > s.points.length;
};

/**
 * The chart as a figure: a title, a text description of what it shows, the chart itself, its
 * legends in words (territories and the marks of flagged values) and the targets under it.
 */
export function ChartFigure({ indicator, series, styleOf, focusCode, plan, titleAs: Title = 'h2', downloads = true }: Props) {
  const { t } = useTranslation('indicators');
  const text = useValueText(indicator);
  const name = useIndicatorName()(indicator);
  const captionId = useId();
  const descriptionId = useId();
  const { drawn, offScale } = chartSeries(series, focusCode);
  const drawnCodes = new Set(drawn.map((s) => s.territory.code));
  const targets = indicator.targets.filter((g) => drawnCodes.has(g.territory.code));
  const rows = mergeSeries(drawn, targets.map((g) => g.period));
  const dataRows = mergeSeries(drawn);
  const points = drawn.flatMap((s) => s.points);
  const flags = flagsPresent(points);
  const breaks = [...new Set(points.filter((p) => p.breakInSeries).map((p) => p.period))].sort();

  if (drawn.length === 0) return <p className="ind-empty">{t('chart.empty')}</p>;

  const lead = drawn[0]!;
  const latest = lead.points.at(-1)!;
  const description = t('chart.description', {
    count: drawn.length,
    from: formatPeriod(dataRows[0]!.period),
    to: formatPeriod(dataRows.at(-1)!.period),
    territory: lead.territory.name,
    period: formatPeriod(latest.period),
    value: text.value(latest.value),
  });
  const gaps = drawn.some((s) => hasGaps(s, dataRows));

  return (
    <>
      <figure className="ind-figure" aria-labelledby={captionId} aria-describedby={descriptionId}>
        <figcaption id={captionId}>
          <Title className="ind-figure__title" lang={name.lang}>
            {name.text}
          </Title>
        </figcaption>
        <p id={descriptionId} className="ind-figure__description">
          {description}
          {gaps && ` ${t('chart.gaps')}`}
        </p>
        {indicator.unit && <p className="ind-figure__unit">{t('chart.unit', { unit: indicator.unit })}</p>}
        <Suspense fallback={<LoadingState label={t('chart.loading')} />}>
          <IndicatorChart
            rows={rows}
            series={drawn}
            styleOf={styleOf}
            targets={targets}
            breaks={breaks}
            unit={indicator.unit}
            decimals={indicator.decimals}
          />
        </Suspense>
        <div className="ind-legends">
          <div>
            <p className="ind-legends__title">{t('chart.legendTerritories')}</p>
            <ul className="ind-legend">
              {drawn.map((s) => {
                const style = styleOf(s.territory.code);
                return (
                  <li key={s.territory.code}>
                    <svg width="36" height="16" aria-hidden="true" focusable="false">
                      <line x1="1" y1="8" x2="35" y2="8" stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} />
                      <PointMarker shape={style.shape} cx={18} cy={8} r={4} color={style.color} />
                    </svg>
                    {s.territory.name}
                  </li>
                );
              })}
            </ul>
          </div>
          {(flags.length > 0 || targets.length > 0) && (
            <div>
              <p className="ind-legends__title">{t('chart.legendFlags')}</p>
              <ul className="ind-legend">
                {flags.map((f) => (
                  <li key={f}>
                    <svg width="36" height="22" aria-hidden="true" focusable="false">
                      {f === 'breakInSeries' && <line x1="18" y1="0" x2="18" y2="22" stroke="#1A1A1A" strokeDasharray="3 3" />}
                      <PointMarker
                        shape="circle"
                        cx={18}
                        cy={11}
                        r={4}
                        color="#3B4A5A"
                        hollow={f === 'provisional'}
                        ring={f === 'estimated'}
                        dash={f === 'breakInSeries'}
                      />
                    </svg>
                    {t(`chart.flagMarks.${f}`)}
                  </li>
                ))}
                {targets.length > 0 && (
                  <li>
                    <svg width="36" height="22" aria-hidden="true" focusable="false">
                      <line x1="1" y1="11" x2="35" y2="11" stroke="#3B4A5A" strokeWidth={1.5} strokeDasharray="6 3" />
                      <circle cx={18} cy={11} r={7} fill="#FFFFFF" stroke="#3B4A5A" strokeWidth={2} />
                      <circle cx={18} cy={11} r={2.5} fill="#3B4A5A" />
                    </svg>
                    {t('chart.targetMark')}
                  </li>
                )}
              </ul>
            </div>
          )}
        </div>
        <p className="ind-figure__hint">{t('chart.keyboard')}</p>
        {offScale.length > 0 && (
          <p className="ind-figure__note">{t('chart.offScale', { names: offScale.map((s) => s.territory.name).join(', ') })}</p>
        )}
        {downloads && <FigureDownloads view={{ indicator: indicator.code, territories: series.map((s) => s.territory.code), plan: plan || undefined }} />}
      </figure>
      {/* One level under the chart's title: h2 under an embed's h1, h3 under a page's h2. */}
      <TargetList indicator={indicator} drawn={drawnCodes} headingAs={Title === 'h1' ? 'h2' : 'h3'} />
    </>
  );
}
