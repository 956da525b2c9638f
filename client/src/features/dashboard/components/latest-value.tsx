import { formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import type { DashboardIndicator, IndicatorSeries } from '../types';
import { pointFlagLabel } from '../utils/point-flags';
import { ChangeIndicator } from './change-indicator';

type Props = { indicator: DashboardIndicator; focus: IndicatorSeries | undefined; comparisons: IndicatorSeries[] };

/** Latest value for the plan's territory, its change, and the latest values of the comparison territories. */
export function LatestValue({ indicator, focus, comparisons }: Props) {
  const { unit, decimals } = indicator;
  const latest = focus?.latest;
  if (!focus || !latest) return <p className="muted">{strings.dashboard.noData}</p>;
  const others = comparisons.filter((s) => s.latest);
  return (
    <div className="latest">
      <p className="latest__label">
        {strings.dashboard.latest} · {focus.territory.name}
      </p>
      <p className="latest__value">
        <span className="latest__number">{withUnit(formatNumber(latest.value, decimals), unit)}</span>{' '}
        <span className="latest__period">
          {formatPeriod(latest.period)} {pointFlagLabel(latest)}
        </span>
      </p>
      <ChangeIndicator series={focus} unit={unit} decimals={decimals} />
      {others.length > 0 && (
        <ul className="latest__others">
          {others.map((s) => (
            <li key={s.territory.code}>
              {s.territory.name}: {withUnit(formatNumber(s.latest!.value, decimals), unit)} ({formatPeriod(s.latest!.period)}
              {pointFlagLabel(s.latest!) ? ` ${pointFlagLabel(s.latest!)}` : ''})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
