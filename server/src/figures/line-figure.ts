import {
  breakPeriods,
  CHART_COLORS,
  type MarkPart,
  mergeSeries,
  niceScale,
  pointMarkParts,
  targetMarkParts,
  type TerritoryStyle,
} from './chart-model';
import { type FigureLang, numberText, periodText, withUnit } from './locale';
import { frameDocument, frameFooter, frameHeader, type FrameText, PAD } from './frame';
import { el, text, textWidth, wrap } from './svg';

export type FigurePoint = { period: string; value: number; provisional: boolean; estimated: boolean; breakInSeries: boolean };
export type FigureSeries = { code: string; name: string; style: TerritoryStyle; points: FigurePoint[] };
export type FigureTarget = { code: string; territoryName: string; period: string; value: number; color: string };

/** Everything a line figure shows, already chosen and worded (see indicator-figure.ts). */
export type LineFigure = {
  lang: FigureLang;
  title: string;
  /** Territories, unit, period. */
  subtitle: string;
  unit: string | null;
  decimals: number | null;
  /** Drawn series in legend order. */
  series: FigureSeries[];
  targets: FigureTarget[];
  /** Names of series left out of the drawing because of their order of magnitude. */
  offScale: string[];
  /** The source line, then the data version and licence line. */
  footer: string[];
  width: number;
  /** In a report: no title, subtitle or source lines (the document writes them as caption and text). */
  bare?: boolean;
} & FrameText;

const WORDS = {
  it: {
    legendTerritories: 'Territori',
    legendFlags: 'Segni sui punti',
    flag: {
      provisional: 'marcatore vuoto: valore provvisorio',
      estimated: 'marcatore con anello: valore stimato',
      breakInSeries: 'linea verticale tratteggiata e trattino sul punto: interruzione di serie',
    },
    targetMark: 'linea sottile tratteggiata e cerchio con punto: obiettivo',
    breakLabel: 'Interruzione',
    target: (period: string, value: string) => `Obiettivo ${period}: ${value}`,
    offScale: (names: string) => `Non disegnati perché di un altro ordine di grandezza: ${names}.`,
    values: 'Valori rappresentati',
    flagsShort: { provisional: 'provvisorio', estimated: 'stimato', breakInSeries: 'interruzione di serie' },
    targetsShort: 'Obiettivi',
    empty: 'Nessun valore per i territori selezionati.',
  },
  en: {
    legendTerritories: 'Territories',
    legendFlags: 'Marks on the points',
    flag: {
      provisional: 'hollow marker: provisional value',
      estimated: 'marker with a ring: estimated value',
      breakInSeries: 'dashed vertical line and a dash on the point: break in series',
    },
    targetMark: 'thin dashed line and circle with a dot: target',
    breakLabel: 'Break',
    target: (period: string, value: string) => `Target ${period}: ${value}`,
    offScale: (names: string) => `Not drawn because of another order of magnitude: ${names}.`,
    values: 'Values shown',
    flagsShort: { provisional: 'provisional', estimated: 'estimated', breakInSeries: 'break in series' },
    targetsShort: 'Targets',
    empty: 'No values for the selected territories.',
  },
} as const;

type Flag = keyof (typeof WORDS)['it']['flag'];
const FLAGS: readonly Flag[] = ['provisional', 'estimated', 'breakInSeries'];

const PLOT_HEIGHT = 300;
const TICK_SIZE = 13;
const MARKER_R = 4;

const part = (p: MarkPart) => el(p.tag, p.attrs);

/**
 * The text alternative of the figure: every plotted value, by territory, with its flags, and the
 * targets. It is the SVG's <desc>, the alt text of the PNG where it is used, and what a screen
 * reader says of an embedded figure.
 */
export function figureDescription(f: LineFigure): string {
  const w = WORDS[f.lang];
  const value = (v: number) => withUnit(numberText(f.lang, v, f.decimals), f.unit);
  const series = f.series.map((s) => {
    const points = s.points.map((p) => {
      const flags = FLAGS.filter((k) => p[k]).map((k) => w.flagsShort[k]);
      return `${periodText(f.lang, p.period)} ${value(p.value)}${flags.length ? ` (${flags.join(', ')})` : ''}`;
    });
    return `${s.name}: ${points.join('; ')}.`;
  });
  const targets = f.targets.length
    ? [`${w.targetsShort}: ${f.targets.map((g) => `${g.territoryName} ${periodText(f.lang, g.period)} ${value(g.value)}`).join('; ')}.`]
    : [];
  return [`${f.title}. ${w.values}.`, ...series, ...targets].join(' ');
}

/** The legend swatch of a territory: its line, dash and marker. */
function swatch(x: number, y: number, style: TerritoryStyle): string {
  return (
    el('line', { x1: x + 1, y1: y, x2: x + 35, y2: y, stroke: style.color, 'stroke-width': style.width, 'stroke-dasharray': style.dash }) +
    pointMarkParts(style.shape, x + 18, y, MARKER_R, style.color).map(part).join('')
  );
}

/** The legend swatch of a flag or of the target mark. */
function flagSwatch(x: number, y: number, flag: Flag | 'target'): string {
  const c = CHART_COLORS.axis;
  if (flag === 'target') {
    return el('line', { x1: x + 1, y1: y, x2: x + 35, y2: y, stroke: c, 'stroke-width': 1.5, 'stroke-dasharray': '6 3' }) + targetMarkParts(x + 18, y, c).map(part).join('');
  }
  const line = flag === 'breakInSeries' ? el('line', { x1: x + 18, y1: y - 11, x2: x + 18, y2: y + 11, stroke: CHART_COLORS.reference, 'stroke-dasharray': '3 3' }) : '';
  return line + pointMarkParts('circle', x + 18, y, MARKER_R, c, { hollow: flag === 'provisional', ring: flag === 'estimated', dash: flag === 'breakInSeries' }).map(part).join('');
}

/**
 * A line chart as a self-contained SVG document: title, subtitle, value and time axes, the lines
 * with their gaps, marks and flags, targets and breaks, the legend in words and the source lines.
 * Synchronous and deterministic: the same figure gives the same bytes.
 */
export function renderLineFigure(f: LineFigure): string {
  const w = WORDS[f.lang];
  const W = f.width;
  const inner = W - 2 * PAD;
  const parts: string[] = [];

  let y = frameHeader(parts, f);

  const rowsPeriods = mergeSeries(
    f.series.map((s) => ({ territory: { code: s.code }, points: s.points })),
    f.targets.map((g) => g.period),
  );
  const periods = rowsPeriods.map((r) => r.period);
  const values = [...f.series.flatMap((s) => s.points.map((p) => p.value)), ...f.targets.map((g) => g.value)];
  const scale = niceScale(values);

  if (!scale || periods.length === 0) {
    parts.push(text(PAD, y + 20, w.empty, { 'font-size': 15, fill: CHART_COLORS.text }));
    y += 40;
  } else {
    // The plot area, with room on the left for the value labels.
    const tickLabels = scale.ticks.map((v) => numberText(f.lang, v));
    const left = PAD + Math.max(...tickLabels.map((l) => textWidth(l, TICK_SIZE))) + 12;
    const right = W - PAD - 8;
    const top = y + 8;
    const bottom = top + PLOT_HEIGHT;
    const [lo, hi] = scale.domain;
    const yOf = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);
    const span = right - left - 24;
    const xOf = (i: number) => (periods.length === 1 ? (left + right) / 2 : left + 12 + (i * span) / (periods.length - 1));
    const index = new Map(periods.map((p, i) => [p, i]));

    // Grid and value axis.
    scale.ticks.forEach((v, i) => {
      const ty = yOf(v);
      parts.push(el('line', { x1: left, y1: ty, x2: right, y2: ty, stroke: CHART_COLORS.grid }));
      parts.push(text(left - 8, ty + 4.5, tickLabels[i]!, { 'font-size': TICK_SIZE, fill: CHART_COLORS.axis, 'text-anchor': 'end' }));
    });
    parts.push(el('line', { x1: left, y1: top, x2: left, y2: bottom, stroke: CHART_COLORS.axis }));
    parts.push(el('line', { x1: left, y1: bottom, x2: right, y2: bottom, stroke: CHART_COLORS.axis }));

    // Time axis: as many period labels as fit, the first and the last always.
    const labels = periods.map((p) => periodText(f.lang, p));
    const widest = Math.max(...labels.map((l) => textWidth(l, TICK_SIZE)));
    const step = periods.length > 1 ? span / (periods.length - 1) : span;
    const every = Math.max(1, Math.ceil((widest + 20) / Math.max(step, 1)));
    const shown = periods.map((_, i) => i).filter((i) => i % every === 0);
    const last = periods.length - 1;
    if (shown.at(-1) !== last) {
      if (shown.length > 1 && last - shown.at(-1)! < every) shown.pop();
      shown.push(last);
    }
    for (const i of shown) {
      parts.push(el('line', { x1: xOf(i), y1: bottom, x2: xOf(i), y2: bottom + 6, stroke: CHART_COLORS.axis }));
      parts.push(text(xOf(i), bottom + 22, labels[i]!, { 'font-size': TICK_SIZE, fill: CHART_COLORS.axis, 'text-anchor': 'middle' }));
    }

    // Breaks in series and targets: reference lines with their labels.
    const breaks = breakPeriods(f.series.flatMap((s) => s.points));
    for (const period of breaks) {
      const bx = xOf(index.get(period)!);
      parts.push(el('line', { x1: bx, y1: top, x2: bx, y2: bottom, stroke: CHART_COLORS.reference, 'stroke-dasharray': '3 3' }));
      parts.push(text(bx + 4, top + 12, w.breakLabel, { 'font-size': 12, fill: CHART_COLORS.reference }));
    }
    for (const g of f.targets) {
      const gy = yOf(g.value);
      parts.push(el('line', { x1: left, y1: gy, x2: right, y2: gy, stroke: g.color, 'stroke-width': 1.5, 'stroke-dasharray': '6 3' }));
      const label = w.target(periodText(f.lang, g.period), withUnit(numberText(f.lang, g.value, f.decimals), f.unit));
      parts.push(text(left + 6, gy - 6, label, { 'font-size': 13, 'font-weight': 600, fill: CHART_COLORS.text }));
    }

    // The lines, broken where a period has no value, then their points.
    for (const s of f.series) {
      const byPeriod = new Map(s.points.map((p) => [p.period, p]));
      let d = '';
      let open = false;
      periods.forEach((period, i) => {
        const p = byPeriod.get(period);
        if (!p) {
          open = false;
          return;
        }
        d += `${open ? 'L' : 'M'}${Math.round(xOf(i) * 100) / 100},${Math.round(yOf(p.value) * 100) / 100}`;
        open = true;
      });
      if (d.includes('L')) {
        parts.push(
          el('path', { d, fill: 'none', stroke: s.style.color, 'stroke-width': s.style.width, 'stroke-dasharray': s.style.dash, 'stroke-linejoin': 'round' }),
        );
      }
    }
    for (const g of f.targets) {
      const i = index.get(g.period);
      if (i !== undefined) parts.push(...targetMarkParts(xOf(i), yOf(g.value), g.color).map(part));
    }
    for (const s of f.series) {
      for (const p of s.points) {
        const i = index.get(p.period)!;
        const marks = pointMarkParts(s.style.shape, xOf(i), yOf(p.value), MARKER_R, s.style.color, {
          hollow: p.provisional,
          ring: p.estimated,
          dash: p.breakInSeries,
        });
        parts.push(...marks.map(part));
      }
    }
    y = bottom + 40;
  }

  // Legend in words: the territories, then the marks used.
  parts.push(text(PAD, y + 14, w.legendTerritories, { 'font-size': 14, 'font-weight': 600, fill: CHART_COLORS.text }));
  y += 22;
  let x = PAD;
  for (const s of f.series) {
    const itemWidth = 42 + textWidth(s.name, 14) + 20;
    if (x > PAD && x + itemWidth > W - PAD) {
      x = PAD;
      y += 24;
    }
    parts.push(swatch(x, y + 10, s.style));
    parts.push(text(x + 42, y + 15, s.name, { 'font-size': 14, fill: CHART_COLORS.text }));
    x += itemWidth;
  }
  y += 30;
  const points = f.series.flatMap((s) => s.points);
  const flagsUsed: (Flag | 'target')[] = [...FLAGS.filter((k) => points.some((p) => p[k])), ...(f.targets.length ? ['target' as const] : [])];
  if (flagsUsed.length) {
    parts.push(text(PAD, y + 14, w.legendFlags, { 'font-size': 14, 'font-weight': 600, fill: CHART_COLORS.text }));
    y += 22;
    for (const flag of flagsUsed) {
      const words = flag === 'target' ? w.targetMark : w.flag[flag];
      const lines = wrap(words, inner - 42, 14);
      parts.push(flagSwatch(PAD, y + 11, flag));
      lines.forEach((line, i) => parts.push(text(PAD + 42, y + 15 + i * 19, line, { 'font-size': 14, fill: CHART_COLORS.text })));
      y += Math.max(26, lines.length * 19 + 7);
    }
    y += 4;
  }
  if (f.offScale.length) {
    for (const line of wrap(w.offScale(f.offScale.join(', ')), inner, 13)) {
      parts.push(text(PAD, y + 14, line, { 'font-size': 13, fill: CHART_COLORS.text }));
      y += 19;
    }
    y += 4;
  }

  // Source, data version and licence.
  const H = frameFooter(parts, f, y + 4);
  return frameDocument(f, H, figureDescription(f), parts);
}
