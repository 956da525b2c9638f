import path from 'node:path';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { ResolvedReport } from './resolve';
import type { Run } from './markdown';
import { reportWords } from './words';

const FONT_DIR = path.resolve(__dirname, '..', '..', 'assets', 'fonts');
const ROOT = '/report';

/** One compiler per process: loading the fonts is the slow part; compilations run one at a time (synchronous). */
let compiler: NodeCompiler | null = null;
const compilerOf = () => (compiler ??= NodeCompiler.create({ workspace: ROOT, fontArgs: [{ fontPaths: [FONT_DIR] }] }));

/** A Typst string literal: the text is never read as markup. */
const str = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ')}"`;

function runs(items: Run[]): string {
  return items
    .map((r) => {
      if (r.href) return `#link(${str(r.href)})[#${str(r.text)}]`;
      if (r.strong) return `#strong(${str(r.text)})`;
      if (r.em) return `#emph(${str(r.text)})`;
      return `#${str(r.text)}`;
    })
    .join('');
}

const sources = (lines: string[]) => lines.map((l) => `#block(above: 0.4em, below: 0.9em, text(size: 8.5pt, fill: rgb("#3B4A5A"), ${str(l)}))`).join('\n');

/** The Typst source of a report (figures are read as /figure-N.svg of the workspace). */
export function reportToTypst({ document: doc }: ResolvedReport): string {
  const { report } = doc;
  const w = reportWords(report.lang);
  const out: string[] = [
    `#set document(title: ${str(report.title)}, author: ${str(w.creator)}, date: none)`,
    `#set text(lang: ${str(report.lang)}, font: "Titillium Web", size: 10.5pt)`,
    `#set page(paper: "a4", margin: 2.5cm, numbering: "1")`,
    `#set par(justify: false, leading: 0.65em)`,
    `#show figure.caption: set text(style: "italic", size: 9.5pt)`,
    `#show link: underline`,
    `#set table(stroke: 0.5pt + rgb("#5C6F82"), inset: 4pt)`,
    `#show table: set text(size: 9pt)`,
    `#title(${str(report.title)})`,
    `#text(size: 12pt, fill: rgb("#3B4A5A"), ${str(w.subtitle(report.planTitle, report.referenceDate))})`,
    '',
  ];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`#heading(level: ${Math.max(1, b.level - 1)}, ${str(b.text)})`);
        break;
      case 'paragraph':
        out.push(`#par[${runs(b.runs)}]`);
        break;
      case 'list':
        out.push(`#list(${b.items.map((i) => `[${runs(i)}]`).join(', ')})`);
        break;
      case 'figure':
        out.push(
          `#figure(image(${str(`/figure-${b.number}.svg`)}, width: 100%, alt: ${str(b.alt)}), caption: [#${str(b.caption)}], kind: image, supplement: ${str(w.figure)})`,
          sources(b.source),
        );
        break;
      case 'table': {
        const align = b.header.map((_, i) => (b.numeric.includes(i) ? 'right' : 'left')).join(', ');
        const header = b.header.map((h) => `[#strong(${str(h)})]`).join(', ');
        const cells = b.rows.flatMap((r) => r.map((c) => `[#${str(c)}]`)).join(', ');
        out.push(
          `#figure(table(columns: (${b.header.map((_, i) => (i === 0 ? '2fr' : 'auto')).join(', ')}), align: (${align},), table.header(${header}), ${cells}), caption: figure.caption(position: top, [#${str(b.caption)}]), kind: table, supplement: ${str(w.table)})`,
          sources(b.source),
        );
        break;
      }
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * The report as PDF/UA-1 (Typst): tagged, with the document's language and title, alternative text on
 * every figure, bookmarks from the headings, table headers repeated on every page.
 */
export function reportToPdf(resolved: ResolvedReport): Buffer {
  const c = compilerOf();
  for (const [n, svg] of resolved.svgs) c.mapShadow(`${ROOT}/figure-${n}.svg`, Buffer.from(svg, 'utf8'));
  try {
    // A fixed creation time: the same report gives the same bytes.
    return c.pdf({ mainFileContent: reportToTypst(resolved) }, { pdfStandard: 'ua-1', creationTimestamp: Math.floor(Date.parse(`${resolved.document.report.referenceDate}T00:00:00Z`) / 1000) });
  } finally {
    for (const n of resolved.svgs.keys()) c.unmapShadow(`${ROOT}/figure-${n}.svg`);
  }
}
