/** Small helpers to write SVG markup as text: escaping, elements, text measuring and wrapping. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values escaped for XML; characters XML 1.0 forbids (controls) are dropped. */
export const esc = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

type Attrs = Record<string, string | number | undefined | null>;

const attrText = (attrs: Attrs) =>
  Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => ` ${k}="${esc(typeof v === 'number' ? String(Math.round(v * 100) / 100) : v!)}"`)
    .join('');

/** An element: self-closing without children; `children` is markup already escaped. */
export function el(tag: string, attrs: Attrs, children?: string): string {
  return children === undefined ? `<${tag}${attrText(attrs)}/>` : `<${tag}${attrText(attrs)}>${children}</${tag}>`;
}

/** A text element (its content escaped here). */
export const text = (x: number, y: number, content: string, attrs: Attrs = {}) => el('text', { x, y, ...attrs }, esc(content));

/**
 * Average advance widths of Titillium Web, in em, by kind of character: enough to lay out labels
 * and wrap lines without a font engine (the renderer leaves a margin for the error).
 */
function charEm(c: string): number {
  if (/[ilj.,:;'|!()[\]ìíï]/.test(c)) return 0.26;
  if (/[ ]/.test(c)) return 0.25;
  if (/[mwMW]/.test(c)) return 0.82;
  if (/[A-Z]/.test(c)) return 0.62;
  if (/[0-9]/.test(c)) return 0.52;
  return 0.5;
}

/** The width of a line of text at a font size, bold a little wider. */
export function textWidth(s: string, size: number, bold = false): number {
  let em = 0;
  for (const c of s) em += charEm(c);
  return em * size * (bold ? 1.06 : 1);
}

/** Words into lines no wider than `width` (a word longer than the line stays whole). */
export function wrap(s: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
