import { useTranslation } from 'react-i18next';
import type { DashboardPoint } from '@psm/server/contract';
import { formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import '../i18n';
import { periodPosition } from '../utils/period-position';

const W = 200;
const H = 44;
const PAD = 5;

type Props = { points: readonly DashboardPoint[]; unit: string | null; decimals: number | null };

/**
 * The series of the plan's territory as a small inline SVG line: positions follow the periods (gaps
 * stay gaps in time), a break in the series starts a new line, provisional or estimated values are
 * hollow. The drawing is hidden from assistive technology; the same facts are written beside it.
 */
export function Sparkline({ points, unit, decimals }: Props) {
  const { t } = useTranslation('dashboard');
  if (points.length < 2) return null;
  const positions = points.map((p) => periodPosition(p.period));
  const xs = positions.some(Number.isNaN) ? points.map((_, i) => i) : positions;
  const values = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const x = (v: number) => PAD + ((v - x0) / (x1 - x0 || 1)) * (W - 2 * PAD);
  const y = (v: number) => (hi === lo ? H / 2 : H - PAD - ((v - lo) / (hi - lo)) * (H - 2 * PAD));
  const coords = points.map((p, i) => ({ p, cx: x(xs[i]!), cy: y(p.value) }));

  // A break in series means the new value is not comparable with the old: do not join them.
  const segments: (typeof coords)[] = [];
  for (const c of coords) {
    if (segments.length === 0 || c.p.breakInSeries) segments.push([]);
    segments.at(-1)!.push(c);
  }
  const isolated = new Set(segments.filter((s) => s.length === 1).map((s) => s[0]!.p.period));
  const fmt = (v: number) => withUnit(formatNumber(v, decimals), unit);
  const first = points[0]!;
  const last = points.at(-1)!;
  const min = points[values.indexOf(lo)]!;
  const max = points[values.indexOf(hi)]!;
  return (
    <div className="psm-sparkline">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        {segments.map((seg, i) => (
          <polyline key={i} points={seg.map((c) => `${c.cx.toFixed(1)},${c.cy.toFixed(1)}`).join(' ')} className="psm-sparkline__line" />
        ))}
        {coords.map(({ p, cx, cy }, i) => {
          const hollow = p.provisional || p.estimated;
          const isLast = i === coords.length - 1;
          if (!hollow && !isLast && !isolated.has(p.period)) return null;
          return <circle key={p.period} cx={cx} cy={cy} r={isLast ? 3.5 : 3} className={hollow ? 'psm-sparkline__dot psm-sparkline__dot--hollow' : 'psm-sparkline__dot'} />;
        })}
      </svg>
      <p className="psm-sparkline__caption" aria-hidden="true">
        {t('card.sparklineShort', { from: formatPeriod(first.period), first: fmt(first.value), to: formatPeriod(last.period), last: fmt(last.value) })}
      </p>
      <p className="visually-hidden">
        {t('card.sparkline', {
          from: formatPeriod(first.period),
          to: formatPeriod(last.period),
          first: fmt(first.value),
          last: fmt(last.value),
          min: fmt(lo),
          minPeriod: formatPeriod(min.period),
          max: fmt(hi),
          maxPeriod: formatPeriod(max.period),
        })}
      </p>
    </div>
  );
}
