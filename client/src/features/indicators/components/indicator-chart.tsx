import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DotItemDotProps } from 'recharts';
import { CartesianGrid, Line, LineChart, ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Target } from '@psm/server/contract';
import { formatNumber, formatPeriod } from '../../../lib/format';
import '../i18n';
import type { Series } from '../types';
import { type MergedRow, valueOf } from '../utils/merge-series';
import { niceScale } from '../utils/nice-scale';
import type { TerritoryStyle } from '../utils/territory-style';
import { ChartTooltip } from './chart-tooltip';
import { keyOf, nextKey, PointDot, Points, TargetMark, type PointsContext } from './chart-points';
import { useValueText } from './use-value-text';

export type ChartProps = {
  rows: MergedRow[];
  /** The series drawn, in legend order. */
  series: Series[];
  styleOf: (code: string) => TerritoryStyle;
  /** Targets of the territories drawn. */
  targets: Target[];
  /** Periods where a drawn series breaks. */
  breaks: string[];
  unit: string | null;
  decimals: number | null;
};

const AXIS = '#3B4A5A';

type Shown = { key: string; x: number; y: number };

const HEIGHT = 320;
const MARGIN = { top: 28, right: 20, bottom: 8, left: 4 };
const TICK = { fill: AXIS, fontSize: 13 };
const X_PADDING = { left: 12, right: 12 };
/** Where layout is unknown (tests, the first paint without layout) the chart is drawn this wide. */
const FALLBACK_WIDTH = 640;

/** The element's width, followed as the window resizes. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setWidth(el.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width || FALLBACK_WIDTH;
}

type DrawingProps = ChartProps & { width: number };

/**
 * The Recharts drawing, memoised: focus and hover change only the points (through the context),
 * never the axes and lines, which Recharts would otherwise register again and redraw from scratch,
 * losing the focused point.
 */
const ChartDrawing = memo(function ChartDrawing({ rows, series, styleOf, targets, breaks, unit, decimals, width }: DrawingProps) {
  const { t } = useTranslation('indicators');
  const text = useValueText({ unit, decimals });
  const periods = new Set(rows.map((r) => r.period));
  const scale = niceScale([...series.flatMap((s) => s.points.map((p) => p.value)), ...targets.map((g) => g.value)]);
  const tickWidth = Math.max(...(scale?.ticks ?? [0]).map((v) => formatNumber(v).length)) * 7.5 + 16;
  return (
    <LineChart width={width} height={HEIGHT} data={rows} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke="#E3E7EB" vertical={false} />
      <XAxis
        dataKey="period"
        tickFormatter={formatPeriod}
        tick={TICK}
        stroke={AXIS}
        interval="preserveStartEnd"
        minTickGap={20}
        padding={X_PADDING}
      />
      <YAxis
        domain={scale?.domain ?? ['auto', 'auto']}
        ticks={scale?.ticks}
        tickFormatter={(v: number) => formatNumber(v)}
        tick={TICK}
        stroke={AXIS}
        width={tickWidth}
      />
      {breaks.map((period) => (
        <ReferenceLine
          key={`break-${period}`}
          x={period}
          stroke="#1A1A1A"
          strokeDasharray="3 3"
          label={{ value: t('chart.breakLabel'), position: 'insideTopLeft', fill: '#1A1A1A', fontSize: 12 }}
        />
      ))}
      {targets.map((g) => (
        <ReferenceLine
          key={`target-${g.id}`}
          y={g.value}
          stroke={styleOf(g.territory.code).color}
          strokeDasharray="6 3"
          strokeWidth={1.5}
          label={{
            value: t('chart.targetLabel', { period: formatPeriod(g.period), value: text.value(g.value) }),
            position: 'insideTopLeft',
            fill: '#1A1A1A',
            fontSize: 13,
            fontWeight: 600,
          }}
        />
      ))}
      {targets
        .filter((g) => periods.has(g.period))
        .map((g) => (
          <ReferenceDot
            key={`target-dot-${g.id}`}
            x={g.period}
            y={g.value}
            shape={(p: { cx?: number; cy?: number }) => <TargetMark cx={p.cx} cy={p.cy} color={styleOf(g.territory.code).color} />}
          />
        ))}
      {series.map((s) => {
        const code = s.territory.code;
        const style = styleOf(code);
        return (
          <Line
            key={code}
            type="linear"
            name={s.territory.name}
            dataKey={valueOf(code)}
            stroke={style.color}
            strokeWidth={style.width}
            strokeDasharray={style.dash}
            dot={(p: DotItemDotProps) => (
              <PointDot code={code} style={style} cx={p.cx} cy={p.cy} point={(p.payload as MergedRow).values[code] ?? null} />
            )}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        );
      })}
    </LineChart>
  );
});

export function IndicatorChart({ rows, series, styleOf, targets, breaks, unit, decimals }: ChartProps) {
  const text = useValueText({ unit, decimals });
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const names = useMemo(() => new Map(series.map((s) => [s.territory.code, s.territory.name])), [series]);
  const rowIndex = useMemo(() => new Map(rows.map((r, i) => [r.period, i])), [rows]);
  // The most recent value of the first territory is where keyboard users land.
  const first = series[0];
  const initial = first?.points.length ? keyOf(first.territory.code, first.points.at(-1)!.period) : '';
  const [roving, setRoving] = useState(initial);
  const [focused, setFocused] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const moveFocus = useRef(false);

  const exists = (key: string) => {
    const [code, period] = key.split('|');
    return !!rows.find((r) => r.period === period)?.values[code!];
  };
  const rovingKey = roving && exists(roving) ? roving : initial;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // Recharts draws its layers through React portals, and React listens for focus on every portal
    // container: Chromium then makes those <g> tab stops. Only the points belong in the tab order.
    const untab = () => el.querySelectorAll('g[class*="recharts-zIndex-layer"]:not([tabindex])').forEach((g) => g.setAttribute('tabindex', '-1'));
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const el = [...(box.current?.querySelectorAll<SVGGElement>('[data-point]') ?? [])].find((n) => n.getAttribute('data-point') === rovingKey);
    el?.focus();
  }, [rovingKey]);

  const ctx: PointsContext = {
    roving: rovingKey,
    focused,
    label: (code, point) => text.point(names.get(code) ?? code, point),
    show: (key, target, focus) => {
      const outer = box.current?.getBoundingClientRect();
      const r = target.getBoundingClientRect();
      if (focus) {
        setFocused(key);
        setRoving(key);
      }
      setShown({ key, x: r.left + r.width / 2 - (outer?.left ?? 0), y: r.top - (outer?.top ?? 0) });
    },
    hide: (key, focus) => {
      if (focus) setFocused((f) => (f === key ? null : f));
      setShown((s) => (s?.key === key && (focus || focused !== key) ? null : s));
    },
    onKeyDown: (key, event) => {
      if (event.key === 'Escape') {
        setShown(null);
        return;
      }
      const next = nextKey(series, rowIndex, key, event.key);
      if (event.key.startsWith('Arrow') || event.key === 'Home' || event.key === 'End') event.preventDefault();
      if (next && next !== key) {
        moveFocus.current = true;
        setRoving(next);
      }
    },
  };

  const shownPeriod = shown?.key.split('|')[1];
  const shownRow = shownPeriod ? rows.find((r) => r.period === shownPeriod) : undefined;

  return (
    <Points.Provider value={ctx}>
      <div className="ind-chart" ref={box}>
        <ChartDrawing rows={rows} series={series} styleOf={styleOf} targets={targets} breaks={breaks} unit={unit} decimals={decimals} width={width} />
        {shown && shownRow && (
          <ChartTooltip x={shown.x} y={shown.y} width={box.current?.clientWidth ?? 0} row={shownRow} series={series} styleOf={styleOf} active={shown.key.split('|')[0]!} text={text} />
        )}
      </div>
    </Points.Provider>
  );
}
