import { CHART_COLORS } from './chart-model';
import { type FigureLang, numberText } from './locale';
import { frameDocument, frameFooter, frameHeader, type FrameText, PAD } from './frame';
import { el, text, textWidth, wrap } from './svg';

/** A part of a bar: a category (a status), its colour (null: hatched, "no update") and its count. */
export type BarSegment = { key: string; label: string; colour: string | null; value: number };
export type BarRow = { label: string; segments: BarSegment[] };

/** A stacked-bar figure: one bar per row, wide as its total, split by category (see rollup-figure.ts). */
export type BarFigure = {
  lang: FigureLang;
  title: string;
  subtitle: string;
  rows: BarRow[];
  /** Every category that appears, in legend order. */
  legend: { key: string; label: string; colour: string | null }[];
  footer: string[];
  width: number;
  /** In a report: no title, subtitle or source lines (the document writes them as caption and text). */
  bare?: boolean;
} & FrameText;

const BAR = 22;

const WORDS = {
  it: { legend: 'Legenda', empty: 'Nessuna azione da rappresentare.', total: (n: string) => `${n} azioni` },
  en: { legend: 'Legend', empty: 'No actions to show.', total: (n: string) => `${n} actions` },
} as const;

/** A swatch or segment fill: the colour, or the hatching that says "no update" without colour. */
const fill = (colour: string | null) => colour ?? 'url(#hatch)';

/** The text alternative: every bar with its counts in words. */
export function barDescription(f: BarFigure): string {
  const rows = f.rows.map((r) => {
    const parts = r.segments.filter((s) => s.value > 0).map((s) => `${s.label} ${numberText(f.lang, s.value)}`);
    return `${r.label}: ${parts.join(', ') || '0'}.`;
  });
  return [`${f.title}.`, ...rows].join(' ');
}

/**
 * Stacked horizontal bars as a self-contained SVG: title, subtitle, one labelled bar per row with
 * its counts written beside it, the legend in words and the source lines. Synchronous and
 * deterministic, like the line figure.
 */
export function renderBarFigure(f: BarFigure): string {
  const w = WORDS[f.lang];
  const W = f.width;
  const inner = W - 2 * PAD;
  const parts: string[] = [];
  let y = frameHeader(parts, f);

  const max = Math.max(0, ...f.rows.map((r) => r.segments.reduce((a, s) => a + s.value, 0)));
  if (max === 0) {
    parts.push(text(PAD, y + 20, w.empty, { 'font-size': 15, fill: CHART_COLORS.text }));
    y += 40;
  } else {
    // Bars share one scale: the longest is the row with most actions, the total written after it.
    const totalWidth = textWidth(w.total(numberText(f.lang, max)), 14, true) + 12;
    const scale = (inner - totalWidth) / max;
    for (const row of f.rows) {
      for (const line of wrap(row.label, inner, 14, true)) {
        parts.push(text(PAD, y + 15, line, { 'font-size': 14, 'font-weight': 600, fill: CHART_COLORS.text }));
        y += 19;
      }
      y += 4;
      let x = PAD;
      const total = row.segments.reduce((a, s) => a + s.value, 0);
      for (const s of row.segments.filter((seg) => seg.value > 0)) {
        const width = s.value * scale;
        parts.push(el('rect', { x, y, width, height: BAR, fill: fill(s.colour), stroke: '#FFFFFF', 'stroke-width': 1 }));
        x += width;
      }
      parts.push(el('rect', { x: PAD, y, width: total * scale, height: BAR, fill: 'none', stroke: '#5C6F82' }));
      parts.push(text(PAD + total * scale + 8, y + 16, w.total(numberText(f.lang, total)), { 'font-size': 14, 'font-weight': 600, fill: CHART_COLORS.text }));
      y += BAR + 6;
      // The counts in words under the bar: never only in colour.
      const counts = row.segments.filter((s) => s.value > 0).map((s) => `${s.label} ${numberText(f.lang, s.value)}`).join(' · ');
      for (const line of wrap(counts, inner, 13)) {
        parts.push(text(PAD, y + 13, line, { 'font-size': 13, fill: CHART_COLORS.muted }));
        y += 18;
      }
      y += 12;
    }
  }

  parts.push(text(PAD, y + 14, w.legend, { 'font-size': 14, 'font-weight': 600, fill: CHART_COLORS.text }));
  y += 22;
  let x = PAD;
  for (const item of f.legend) {
    const itemWidth = 24 + textWidth(item.label, 14) + 20;
    if (x > PAD && x + itemWidth > W - PAD) {
      x = PAD;
      y += 24;
    }
    parts.push(el('rect', { x, y: y + 3, width: 16, height: 14, fill: fill(item.colour), stroke: 'rgba(0,0,0,0.45)' }));
    parts.push(text(x + 24, y + 15, item.label, { 'font-size': 14, fill: CHART_COLORS.text }));
    x += itemWidth;
  }
  y += 34;
  const H = frameFooter(parts, f, y);
  const hatch = el(
    'pattern',
    { id: 'hatch', width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: 5, height: 5, fill: '#FFFFFF' }) + el('rect', { x: 3, width: 2, height: 5, fill: '#8A9AAB' }),
  );
  return frameDocument(f, H, barDescription(f), parts, hatch);
}
