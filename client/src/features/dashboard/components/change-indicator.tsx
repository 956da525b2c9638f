import { formatPeriod, formatSignedNumber, formatSignedPercent, withUnit } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import type { IndicatorSeries } from '../types';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/** The change of a percentage is in points, not percent of percent. */
function formatChange(absolute: number, percent: number | null, unit: string | null, decimals: number | null): string {
  if (unit?.startsWith('%')) return `${formatSignedNumber(absolute, decimals)} punti percentuali`;
  const abs = withUnit(formatSignedNumber(absolute, decimals), unit);
  return percent == null ? abs : `${abs} (${formatSignedPercent(percent)})`;
}

/**
 * Change from the previous value: an arrow for the way the number moved, and a word and a
 * colour for whether that is good news given the indicator's polarity (never colour alone).
 */
export function ChangeIndicator({ series, unit, decimals }: { series: IndicatorSeries; unit: string | null; decimals: number | null }) {
  const change = series.changeFromPrevious;
  if (!change) return <p className="change change--unknown">{strings.dashboard.changeUnknown}</p>;
  const arrow = change.absolute > 0 ? ARROWS.up : change.absolute < 0 ? ARROWS.down : ARROWS.flat;
  return (
    <p className={`change change--${series.direction}`}>
      <span className="change__arrow" aria-hidden="true">
        {arrow}
      </span>{' '}
      <span>
        {formatChange(change.absolute, change.percent, unit, decimals)} {strings.dashboard.changeFrom(formatPeriod(change.from))}
      </span>{' '}
      <strong className="change__word">{strings.dashboard.direction[series.direction]}</strong>
    </p>
  );
}
