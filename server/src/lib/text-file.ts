import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'latin1';

/** Decodes bytes as UTF-8 (with or without BOM) or, when they are not valid UTF-8, as Latin-1. */
export function decodeText(buf: Buffer): { text: string; encoding: Encoding } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'latin1'), encoding: 'latin1' };
  }
}

/** Picks the separator that splits the header line into the most cells. */
export function detectDelimiter(text: string, candidates = [';', ',', '\t']): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  let best = candidates[0] ?? ',';
  let bestCount = -1;
  for (const c of candidates) {
    const count = firstLine.split(c).length;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  return best;
}

/** A parsed delimited file: header cells and records, with the file line each record starts on. */
export type DelimitedTable = {
  header: string[];
  rows: { line: number; cells: string[] }[];
  delimiter: string;
  encoding: Encoding;
};

/** `maxRecordSize`: the longest record accepted, in characters (csv-parse's max_record_size; no cap unless set). */
export function parseDelimited(buf: Buffer, opts: { delimiter?: string; maxRecordSize?: number } = {}): DelimitedTable {
  const { text, encoding } = decodeText(buf);
  const delimiter = opts.delimiter ?? detectDelimiter(text);
  const records = parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    trim: false,
    ...(opts.maxRecordSize ? { max_record_size: opts.maxRecordSize } : {}),
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...rest] = records;
  // `info.lines` is the line the record ends on; quoted cells may span lines, so track starts.
  let nextLine = (head?.info.lines ?? 0) + 1;
  const rows = rest.map((r) => {
    const line = nextLine;
    nextLine = r.info.lines + 1;
    return { line, cells: r.record };
  });
  return { header: head?.record ?? [], rows, delimiter, encoding };
}

/** "82,5" or "82.5" or "1.234,5" (Italian) to a number; null when not a number. */
export function parseNumber(raw: string, decimal: ',' | '.' = '.'): number | null {
  const s = raw.trim();
  if (s === '') return null;
  const normalised = decimal === ',' ? s.replace(/\./g, '').replace(',', '.') : s;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}
