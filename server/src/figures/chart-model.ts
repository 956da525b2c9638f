/**
 * The model of an indicator chart, shared by the page's interactive chart (client, Recharts) and the
 * figure renderer (server, static SVG): which territories are offered and in what order, each one's
 * colour, dash and marker, which series are drawn, the time axis with its gaps, the value axis's
 * round ticks and the marks' geometry. Both import this module, so the downloaded figure and the
 * page draw the same thing the same way. Pure functions, no DOM, no React.
 */

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

export type TerritoryStyle = { color: string; dash: string | undefined; width: number; shape: MarkerShape };

/**
 * Okabe–Ito colours distinguishable with every common colour-vision deficiency, picked among
 * those with at least 3:1 contrast on white (WCAG 1.4.11). Each territory also has its own dash
 * pattern and marker shape, so colour is never the only cue, even for isolated points.
 */
const STYLES: readonly TerritoryStyle[] = [
  { color: '#0072B2', dash: undefined, width: 3, shape: 'circle' },
  { color: '#D55E00', dash: '8 4', width: 2, shape: 'square' },
  { color: '#009E73', dash: '2 3', width: 2, shape: 'diamond' },
  { color: '#CC79A7', dash: '12 3 2 3', width: 2, shape: 'triangle' },
  { color: '#000000', dash: '4 4', width: 2, shape: 'cross' },
];

/** Colours of the chart's frame: axes and their labels, grid, reference lines and their labels. */
export const CHART_COLORS = { axis: '#3B4A5A', grid: '#E3E7EB', reference: '#1A1A1A', text: '#1A1A1A', muted: '#3B4A5A' } as const;

/** Style of a territory by its position among the territories offered (stable while toggling). */
export function territoryStyle(index: number): TerritoryStyle {
  return STYLES[((index % STYLES.length) + STYLES.length) % STYLES.length]!;
}

/** One SVG element of a mark: its tag and attributes (numbers rounded to 0.01 px). */
export type MarkPart = { tag: 'circle' | 'rect' | 'path'; attrs: Record<string, string | number> };

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A data point in its territory's shape, with the marks of its flags: hollow when provisional,
 * ringed when estimated, crossed by a vertical dash at a break in series. The shapes, not colour,
 * tell the flags apart; the legend says each in words.
 */
export function pointMarkParts(
  shape: MarkerShape,
  cx: number,
  cy: number,
  r: number,
  color: string,
  { hollow = false, ring = false, dash = false }: { hollow?: boolean; ring?: boolean; dash?: boolean } = {},
): MarkPart[] {
  const paint = { fill: hollow ? '#FFFFFF' : color, stroke: color, 'stroke-width': 2 };
  const parts: MarkPart[] = [];
  if (ring) parts.push({ tag: 'circle', attrs: { cx: r2(cx), cy: r2(cy), r: r + 4, fill: 'none', stroke: color, 'stroke-width': 1.5 } });
  switch (shape) {
    case 'square':
      parts.push({ tag: 'rect', attrs: { x: r2(cx - r * 0.9), y: r2(cy - r * 0.9), width: r2(r * 1.8), height: r2(r * 1.8), ...paint } });
      break;
    case 'diamond':
      parts.push({ tag: 'path', attrs: { d: `M${r2(cx)},${r2(cy - r * 1.25)}L${r2(cx + r * 1.25)},${r2(cy)}L${r2(cx)},${r2(cy + r * 1.25)}L${r2(cx - r * 1.25)},${r2(cy)}Z`, ...paint } });
      break;
    case 'triangle':
      parts.push({ tag: 'path', attrs: { d: `M${r2(cx)},${r2(cy - r * 1.2)}L${r2(cx + r * 1.1)},${r2(cy + r * 0.8)}L${r2(cx - r * 1.1)},${r2(cy + r * 0.8)}Z`, ...paint } });
      break;
    case 'cross':
      parts.push({ tag: 'path', attrs: { d: `M${r2(cx - r)},${r2(cy - r)}L${r2(cx + r)},${r2(cy + r)}M${r2(cx - r)},${r2(cy + r)}L${r2(cx + r)},${r2(cy - r)}`, stroke: color, 'stroke-width': 2.5 } });
      break;
    default:
      parts.push({ tag: 'circle', attrs: { cx: r2(cx), cy: r2(cy), r, ...paint } });
  }
  if (dash) parts.push({ tag: 'path', attrs: { d: `M${r2(cx)},${r2(cy - r - 6)}L${r2(cx)},${r2(cy + r + 6)}`, stroke: CHART_COLORS.reference, 'stroke-width': 2 } });
  return parts;
}

/** A target on the chart: a white disc ringed in the territory's colour with a dot in the middle. */
export function targetMarkParts(cx: number, cy: number, color: string): MarkPart[] {
  return [
    { tag: 'circle', attrs: { cx: r2(cx), cy: r2(cy), r: 7, fill: '#FFFFFF', stroke: color, 'stroke-width': 2 } },
    { tag: 'circle', attrs: { cx: r2(cx), cy: r2(cy), r: 2.5, fill: color } },
  ];
}

/**
 * Round axis bounds and ticks (steps of 1, 2, 2,5 or 5 × 10ⁿ) around the values, so the
 * value axis reads 81, 82, 83… rather than 81,25, 81,9, 82,55. Not forced to zero: a line
 * chart shows change, and the table gives the exact values.
 */
export function niceScale(values: number[], targetTicks = 5): { domain: [number, number]; ticks: number[] } | null {
  if (values.length === 0) return null;
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const rough = (max - min) / Math.max(1, targetTicks - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  // Rounding to one digit below the step keeps 0.1 + 0.2 noise out of the labels (2,5 stays 2,5).
  const digits = Math.max(0, 1 - Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 2; i++) ticks.push(Number((lo + i * step).toFixed(digits)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}

/** Period codes the API uses: 2021 (year), 2021-Q3, 2021-S1, 2021-03. */
const PERIOD = /^(\d{4})(?:-(Q[1-4]|S[12]|\d{2}))?$/;

type Kind = 'Y' | 'Q' | 'S' | 'M';
const PER_YEAR: Record<Kind, number> = { Y: 1, Q: 4, S: 2, M: 12 };

function parsePeriod(period: string): { kind: Kind; index: number } | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const sub = m[2];
  if (!sub) return { kind: 'Y', index: year };
  const kind: Kind = sub.startsWith('Q') ? 'Q' : sub.startsWith('S') ? 'S' : 'M';
  const n = Number(kind === 'M' ? sub : sub.slice(1));
  return { kind, index: year * PER_YEAR[kind] + n - 1 };
}

function periodOf(kind: Kind, index: number): string {
  if (kind === 'Y') return String(index);
  const year = Math.floor(index / PER_YEAR[kind]);
  const n = (index % PER_YEAR[kind]) + 1;
  return kind === 'M' ? `${year}-${String(n).padStart(2, '0')}` : `${year}-${kind}${n}`;
}

/**
 * Every period from the first to the last, including those no territory has a value for, so
 * a missing year is an empty slot on the time axis (a visible gap) and not silently skipped.
 * Periods of mixed or unknown kinds are returned as they are, sorted.
 */
export function periodRange(periods: Iterable<string>): string[] {
  const sorted = [...new Set(periods)].sort();
  const parsed = sorted.map(parsePeriod);
  const kind = parsed[0]?.kind;
  if (!kind || parsed.some((p) => !p || p.kind !== kind)) return sorted;
  const first = parsed[0]!.index;
  const last = parsed.at(-1)!.index;
  // A guard against a stray far-off period exploding the axis.
  if (last - first > 600) return sorted;
  return Array.from({ length: last - first + 1 }, (_, i) => periodOf(kind, first + i));
}

/** What the chart model needs of a territory and of a series. */
type TerritoryRef = { code: string; level: string };
type SeriesLike<P extends { period: string; value: number }> = { territory: { code: string }; points: P[] };

/**
 * The order comparisons are offered in after the plan's own territory: wider areas, then finer ones.
 */
const LEVEL_ORDER = ['citta_metropolitana', 'regione', 'stato', 'zona_omogenea', 'comune', 'provincia', 'ripartizione'] as const;
const rank = (level: string) => {
  const i = (LEVEL_ORDER as readonly string[]).indexOf(level);
  return i < 0 ? LEVEL_ORDER.length : i;
};

/**
 * The territories offered: only those with values (the coverage), the plan's territory first, then
 * region, country, zone omogenee and comuni. The position also fixes each territory's colour, so
 * switching one off does not repaint the others.
 */
export function offeredTerritories<T extends TerritoryRef>(coverage: readonly { territory: T }[], focusCode: string | undefined): T[] {
  return coverage
    .map((c) => c.territory)
    .sort((a, b) => {
      if (a.code === focusCode) return -1;
      if (b.code === focusCode) return 1;
      return rank(a.level) - rank(b.level) || a.code.localeCompare(b.code);
    });
}

/** Levels shown by default next to the plan's territory. */
const DEFAULT_LEVELS = new Set(['regione', 'stato']);

/** Plan territory + region + country, those that have data; else the first territory offered. */
export function defaultSelection(offered: readonly TerritoryRef[], focusCode: string | undefined): string[] {
  const picked = offered.filter((t) => t.code === focusCode || DEFAULT_LEVELS.has(t.level)).map((t) => t.code);
  if (picked.length > 0) return picked;
  return offered.length > 0 ? [offered[0]!.code] : [];
}

/** The codes asked for that are offered, in the offered order (so URLs and requests are deterministic). */
export function normaliseSelection(asked: readonly string[], offered: readonly TerritoryRef[]): string[] {
  const wanted = new Set(asked);
  return offered.filter((t) => wanted.has(t.code)).map((t) => t.code);
}

/** A comparison this many times larger than the plan territory flattens the plan territory's line. */
const SCALE_RATIO = 4;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * The series to draw, and those left out because their values are of another order than the plan
 * territory's (counts such as firms in Italy vs in Torino): drawn together, the plan territory's
 * line would be flat at the bottom. Left-out series stay in the table and are named under the chart.
 */
export function chartSeries<S extends SeriesLike<{ period: string; value: number }>>(series: S[], focusCode: string | undefined): { drawn: S[]; offScale: S[] } {
  const withData = series.filter((s) => s.points.length > 0);
  const focus = withData.find((s) => s.territory.code === focusCode);
  if (!focus) return { drawn: withData, offScale: [] };
  // Only magnitudes (all values positive) have a scale to compare; rates around zero do not.
  const positive = (s: S) => s.points.every((p) => p.value > 0);
  const focusMedian = median(focus.points.map((p) => p.value));
  const offScale = positive(focus)
    ? withData.filter((s) => s !== focus && positive(s) && median(s.points.map((p) => p.value)) / focusMedian > SCALE_RATIO)
    : [];
  return { drawn: withData.filter((s) => !offScale.includes(s)), offScale };
}

/** One period with each territory's point, or null where that territory has no value. */
export type MergedRowOf<P> = { period: string; values: Record<string, P | null> };

/**
 * Joins the territories' series on every period of their span, in time order, with explicit
 * nulls for missing values so the chart draws gaps instead of bridging them.
 * `extraPeriods` (targets' years) widen the axis so a target sits at its own period.
 */
export function mergeSeries<P extends { period: string; value: number }>(series: SeriesLike<P>[], extraPeriods: readonly string[] = []): MergedRowOf<P>[] {
  const sorted = periodRange([...series.flatMap((s) => s.points.map((p) => p.period)), ...extraPeriods]);
  const byTerritory = series.map((s) => ({ code: s.territory.code, points: new Map(s.points.map((p) => [p.period, p])) }));
  return sorted.map((period) => ({
    period,
    values: Object.fromEntries(byTerritory.map((t) => [t.code, t.points.get(period) ?? null])),
  }));
}

/** The periods where a drawn series breaks (a point flagged as a break in series). */
export function breakPeriods(points: readonly { period: string; breakInSeries: boolean }[]): string[] {
  return [...new Set(points.filter((p) => p.breakInSeries).map((p) => p.period))].sort();
}
