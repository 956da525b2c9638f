import { createContext, useContext, type KeyboardEvent } from 'react';
import type { Series, SeriesPoint } from '../types';
import type { TerritoryStyle } from '../utils/territory-style';
import { PointMarker } from './point-marker';

/** A point's identity: territory and period. */
export const keyOf = (code: string, period: string) => `${code}|${period}`;

export type PointsContext = {
  roving: string;
  focused: string | null;
  label: (code: string, point: SeriesPoint) => string;
  show: (key: string, target: Element, focus: boolean) => void;
  hide: (key: string, focus: boolean) => void;
  onKeyDown: (key: string, event: KeyboardEvent<SVGGElement>) => void;
};

export const Points = createContext<PointsContext | null>(null);

type DotProps = { code: string; style: TerritoryStyle; cx?: number; cy?: number; point: SeriesPoint | null };

/**
 * One value as a focusable mark (roving tabindex: one point of the chart is in the tab order, the
 * arrow keys move between the others). Its aria-label reads the value; focus or hover shows the tooltip.
 */
export function PointDot({ code, style, cx, cy, point }: DotProps) {
  const ctx = useContext(Points)!;
  if (cx == null || cy == null || !point) return <g />;
  const key = keyOf(code, point.period);
  const focused = ctx.focused === key;
  return (
    <g
      className="ind-point"
      data-point={key}
      role="img"
      aria-label={ctx.label(code, point)}
      tabIndex={ctx.roving === key ? 0 : -1}
      onFocus={(e) => ctx.show(key, e.currentTarget, true)}
      onBlur={() => ctx.hide(key, true)}
      onMouseEnter={(e) => ctx.show(key, e.currentTarget, false)}
      onMouseLeave={() => ctx.hide(key, false)}
      onClick={(e) => (e.currentTarget as SVGGElement).focus()}
      onKeyDown={(e) => ctx.onKeyDown(key, e)}
    >
      {/* A larger invisible target for the pointer and for touch. */}
      <circle cx={cx} cy={cy} r={11} fill="transparent" />
      {focused && <circle cx={cx} cy={cy} r={11} fill="none" stroke="#17324D" strokeWidth={2.5} />}
      <PointMarker
        shape={style.shape}
        cx={cx}
        cy={cy}
        r={focused ? 5 : 4}
        color={style.color}
        hollow={point.provisional}
        ring={point.estimated}
        dash={point.breakInSeries}
      />
    </g>
  );
}

/** A target as a bullseye at its period, in its territory's colour. */
export function TargetMark({ cx, cy, color }: { cx?: number; cy?: number; color: string }) {
  if (cx == null || cy == null) return <g />;
  return (
    <g aria-hidden="true">
      <circle cx={cx} cy={cy} r={7} fill="#FFFFFF" stroke={color} strokeWidth={2} />
      <circle cx={cx} cy={cy} r={2.5} fill={color} />
    </g>
  );
}

/** Arrow keys, Home and End: the key of the point to move to, or null to stay. */
export function nextKey(series: Series[], rowIndex: Map<string, number>, current: string, key: string): string | null {
  const [code, period] = current.split('|') as [string, string];
  const si = series.findIndex((s) => s.territory.code === code);
  const s = series[si];
  if (!s) return null;
  const pi = s.points.findIndex((p) => p.period === period);
  const at = (ser: Series, i: number) => (ser.points[i] ? keyOf(ser.territory.code, ser.points[i]!.period) : null);
  switch (key) {
    case 'ArrowRight':
      return at(s, pi + 1);
    case 'ArrowLeft':
      return at(s, pi - 1);
    case 'Home':
      return at(s, 0);
    case 'End':
      return at(s, s.points.length - 1);
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowDown' ? 1 : -1;
      const here = rowIndex.get(period) ?? 0;
      for (let j = si + step; j >= 0 && j < series.length; j += step) {
        const other = series[j]!;
        if (other.points.length === 0) continue;
        // The same period, or the nearest one that territory has.
        let best = 0;
        other.points.forEach((p, i) => {
          const d = Math.abs((rowIndex.get(p.period) ?? 0) - here);
          if (d < Math.abs((rowIndex.get(other.points[best]!.period) ?? 0) - here)) best = i;
        });
        return at(other, best);
      }
      return null;
    }
    default:
      return null;
  }
}
