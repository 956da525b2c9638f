import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { svgToPng } from '../figures/png';
import type { ResolvedReport } from './resolve';
import type { Run } from './markdown';
import { reportWords } from './words';

/** Figures are drawn this wide on the page (A4 with 2.5 cm margins leaves about 16 cm = 605 px at 96 dpi). */
const PAGE_WIDTH_PX = 600;

/** Text width of an A4 page with Word's default 2.54 cm margins, in twentieths of a point. */
const TEXT_WIDTH_TWIPS = 9026;

/** Column widths: the first (names) wide, the others (figures) equal. */
function columnWidths(n: number): number[] {
  if (n <= 1) return [TEXT_WIDTH_TWIPS];
  const first = Math.max(Math.round(TEXT_WIDTH_TWIPS * 0.35), TEXT_WIDTH_TWIPS - (n - 1) * 1100);
  const rest = Math.floor((TEXT_WIDTH_TWIPS - first) / (n - 1));
  return [first, ...Array.from({ length: n - 1 }, () => rest)];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(items: Run[]): (TextRun | ExternalHyperlink)[] {
  return items.map((r) =>
    r.href
      ? new ExternalHyperlink({ link: r.href, children: [new TextRun({ text: r.text, style: 'Hyperlink' })] })
      : new TextRun({ text: r.text, bold: r.strong, italics: r.em }),
  );
}

const sourceLines = (lines: string[]) => lines.map((l) => new Paragraph({ style: 'Source', children: [new TextRun(l)] }));

/**
 * The report as an editable Word document: the title and headings in Word's heading styles,
 * captions in the Caption style ("Figura 1: …", "Tabella 1: …"), figures as SVG (with a PNG fallback) with their
 * alternative text, tables as Word tables whose header row repeats on every page, the document's
 * language, title and author in its properties.
 */
export async function reportToDocx({ document: doc, svgs }: ResolvedReport): Promise<Buffer> {
  const { report } = doc;
  const w = reportWords(report.lang);
  const language = report.lang === 'en' ? 'en-GB' : 'it-IT';
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
    new Paragraph({ style: 'Subtitle', children: [new TextRun(w.subtitle(report.planTitle, report.referenceDate))] }),
  ];
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        children.push(new Paragraph({ heading: HEADINGS[Math.min(3, Math.max(1, b.level - 1)) as 1 | 2 | 3], children: [new TextRun(b.text)] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: runs(b.runs) }));
        break;
      case 'list':
        for (const item of b.items) children.push(new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
        break;
      case 'figure': {
        const svg = svgs.get(b.number)!;
        const height = Math.round((b.height * PAGE_WIDTH_PX) / b.width);
        children.push(
          new Paragraph({
            keepNext: true,
            children: [
              // Vector for Word and LibreOffice, a PNG for applications that cannot show SVG.
              new ImageRun({
                type: 'svg',
                data: Buffer.from(svg, 'utf8'),
                fallback: { type: 'png', data: svgToPng(svg, 1) },
                transformation: { width: PAGE_WIDTH_PX, height },
                altText: { name: `${w.figure} ${b.number}`, title: b.caption, description: b.alt },
              }),
            ],
          }),
          new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(`${w.figure} ${b.number}: ${b.caption}`)] }),
          ...sourceLines(b.source),
        );
        break;
      }
      case 'table': {
        const numeric = new Set(b.numeric);
        const widths = columnWidths(b.header.length);
        const cell = (text: string, i: number, header: boolean) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            children: [
              new Paragraph({
                alignment: numeric.has(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text, bold: header, size: 18 })],
              }),
            ],
          });
        children.push(
          new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(`${w.table} ${b.number}: ${b.caption}`)] }),
          new Table({
            width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
            // The first column (names) takes what the figures leave: at least 35 % of the width.
            columnWidths: columnWidths(b.header.length),
            rows: [
              new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((h, i) => cell(h, i, true)) }),
              ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
            ],
          }),
          ...sourceLines(b.source),
        );
        break;
      }
    }
  }
  const document = new Document({
    title: report.title,
    creator: w.creator,
    description: w.subtitle(report.planTitle, report.referenceDate),
    styles: {
      default: { document: { run: { font: 'Titillium Web', size: 22, language: { value: language } } } },
      paragraphStyles: [
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 20, color: '1A1A1A' }, paragraph: { spacing: { before: 80, after: 40 } } },
        { id: 'Source', name: 'Fonte', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '3B4A5A' }, paragraph: { spacing: { after: 160 } } },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
