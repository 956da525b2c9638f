import { CHART_COLORS } from './chart-model';
import type { FigureLang } from './locale';
import { el, esc, text, wrap } from './svg';

/** Margin of every figure, in CSS pixels. */
export const PAD = 24;
const FONT = "'Titillium Web', 'Helvetica Neue', Arial, sans-serif";

/** What every figure has around its drawing: a title, a subtitle and source lines (none when bare, in a report). */
export type FrameText = { lang: FigureLang; title: string; subtitle: string; footer: string[]; width: number; bare?: boolean };

/** Writes the title and subtitle from the top; returns where the drawing starts. */
export function frameHeader(parts: string[], f: FrameText): number {
  if (f.bare) return PAD;
  const inner = f.width - 2 * PAD;
  let y = PAD;
  const titleLines = wrap(f.title, inner, 20, true);
  parts.push(
    el(
      'text',
      { id: 'figure-title', x: PAD, y: y + 18, 'font-size': 20, 'font-weight': 700, fill: CHART_COLORS.text },
      titleLines.map((line, i) => el('tspan', { x: PAD, dy: i === 0 ? 0 : 26 }, esc(line))).join(''),
    ),
  );
  y += titleLines.length * 26;
  for (const line of wrap(f.subtitle, inner, 14)) {
    parts.push(text(PAD, y + 15, line, { 'font-size': 14, fill: CHART_COLORS.muted }));
    y += 20;
  }
  return y + 14;
}

/** Writes the rule and the source lines from `y`; returns the figure's height. */
export function frameFooter(parts: string[], f: FrameText, y: number): number {
  if (!f.bare) {
    parts.push(el('line', { x1: PAD, y1: y, x2: f.width - PAD, y2: y, stroke: CHART_COLORS.grid }));
    y += 6;
    for (const line of f.footer.flatMap((l) => wrap(l, f.width - 2 * PAD, 13))) {
      parts.push(text(PAD, y + 14, line, { 'font-size': 13, fill: CHART_COLORS.muted }));
      y += 19;
    }
  }
  return Math.ceil(y + PAD - 6);
}

/** The SVG document: its title and text alternative for assistive technology, a white ground, the parts. */
export function frameDocument(f: FrameText, height: number, description: string, parts: string[], defs = ''): string {
  const W = f.width;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: W,
        height,
        viewBox: `0 0 ${W} ${height}`,
        role: 'img',
        'aria-labelledby': 'figure-title-text figure-desc',
        lang: f.lang,
        'xml:lang': f.lang,
        'font-family': FONT,
      },
      el('title', { id: 'figure-title-text' }, esc(f.title)) +
        el('desc', { id: 'figure-desc' }, esc(description)) +
        (defs ? el('defs', {}, defs) : '') +
        el('rect', { width: W, height, fill: '#FFFFFF' }) +
        parts.join(''),
    ) +
    '\n'
  );
}
