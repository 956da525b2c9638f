import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import { formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import type { DashboardIndicator, IndicatorSeries } from '../types';
import { isTentative, type MergedRow, valueOf } from '../utils/merge-series';
import { niceScale } from '../utils/nice-scale';
import type { TerritoryStyle } from '../utils/territory-style';
import { PointMarker } from './point-marker';

type Props = {
  indicator: DashboardIndicator;
  series: IndicatorSeries[];
  rows: MergedRow[];
  styleOf: (territoryCode: string) => TerritoryStyle;
};

/** The territory's marker, hollow for provisional or estimated values. */
function makeDot(code: string, style: TerritoryStyle) {
  return function PointDot(props: DotItemDotProps) {
    const { cx, cy, index } = props;
    if (cx == null || cy == null) return <g key={`${code}-${index}`} />;
    const hollow = isTentative((props.payload as MergedRow).values[code]);
    return (
      <g key={`${code}-${index}`}>
        <PointMarker shape={style.shape} cx={cx} cy={cy} r={hollow ? 4.5 : 3.5} color={style.color} hollow={hollow} />
      </g>
    );
  };
}

export function IndicatorChart({ indicator, series, rows, styleOf }: Props) {
  const { unit, decimals, frequency } = indicator;
  const drawn = series.filter((s) => s.points.length > 0);
  if (rows.length === 0 || drawn.length === 0) return <p className="muted">{strings.dashboard.chartEmpty}</p>;

  const scale = niceScale(drawn.flatMap((s) => s.points.map((p) => p.value)));
  const label = strings.dashboard.chartLabel(
    indicator.name,
    drawn.map((s) => s.territory.name),
    formatPeriod(rows[0]!.period),
    formatPeriod(rows.at(-1)!.period),
  );
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={280} initialDimension={{ width: 600, height: 280 }}>
        <LineChart data={rows} margin={{ top: 24, right: 16, bottom: 24, left: 4 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#E3E7EB" vertical={false} />
          <XAxis
            dataKey="period"
            tickFormatter={formatPeriod}
            tick={{ fill: '#3B4A5A', fontSize: 12 }}
            interval="preserveStartEnd"
            minTickGap={16}
            label={{ value: strings.dashboard.axisPeriod(frequency), position: 'insideBottom', offset: -16, fill: '#3B4A5A', fontSize: 12 }}
          />
          <YAxis
            domain={scale?.domain ?? ['auto', 'auto']}
            ticks={scale?.ticks}
            tickFormatter={(v: number) => formatNumber(v)}
            tick={{ fill: '#3B4A5A', fontSize: 12 }}
            width={64}
            label={unit ? { value: unit, position: 'top', offset: 12, fill: '#3B4A5A', fontSize: 12, dx: 24 } : undefined}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? withUnit(formatNumber(value, decimals), unit) : String(value))}
            labelFormatter={(period) => strings.dashboard.tooltipPeriod(formatPeriod(String(period)), frequency)}
          />
          {drawn.map((s) => {
            const style = styleOf(s.territory.code);
            return (
              <Line
                key={s.territory.code}
                type="linear"
                name={s.territory.name}
                dataKey={valueOf(s.territory.code)}
                stroke={style.color}
                strokeWidth={style.width}
                strokeDasharray={style.dash}
                dot={makeDot(s.territory.code, style)}
                activeDot={{ r: 6 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
