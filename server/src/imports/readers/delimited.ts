import { importIssue } from '../messages';
import type { Readable } from 'node:stream';
import { InvalidFileError } from '../../errors/errors';
import { detectDelimiter } from '../../lib/text-file';
import { CsvRowParser, type CsvRow } from './csv-rows';
import { decodeStream } from './text-stream';
import type { ReaderOptions } from './types';

export type DelimitedRow = CsvRow;

/** Characters parsed at a time (decoded chunks can be much larger, e.g. with a 1 MiB highWaterMark). */
const PIECE = 64 * 1024;

/**
 * Streams a delimited text file as rows: header first (via onHeader), then data rows with the file line
 * each starts on. The decoded text is parsed synchronously, a piece at a time, by CsvRowParser (csv-rows.ts),
 * so only the current chunk and the rows of one piece are held in memory. The delimiter is detected on the
 * first line among `candidates` unless `delimiter` is given. Empty lines and lines of bare separators are
 * skipped; a quoted cell left open at the end of the file is an InvalidFileError.
 */
export async function* readDelimited(
  input: Readable,
  options: ReaderOptions,
  cfg: { delimiter?: string; candidates?: string[]; onHeader: (header: string[], delimiter: string) => void },
): AsyncGenerator<DelimitedRow> {
  let delimiter = cfg.delimiter ?? ',';
  const text = decodeStream(input, options, (head) => {
    delimiter = cfg.delimiter ?? detectDelimiter(head, cfg.candidates);
  });
  // The delimiter is known only after the first chunk is decoded, so pull it before building the parser.
  const first = await text.next();
  if (first.done) return;
  // A line of only separators (Excel leaves those at the bottom) carries nothing; the header is kept as is.
  const parser = new CsvRowParser({ delimiter, fileName: options.fileName, header: true, skipBlankRows: true });
  let header: string[] | null = null;
  /** Takes the header off the first rows the parser returns; gives the index of the first data row. */
  const takeHeader = (rows: CsvRow[]): number => {
    if (header || rows.length === 0) return 0;
    header = rows[0]!.cells.map((h) => h.trim());
    cfg.onHeader(header, delimiter);
    return 1;
  };
  let chunk: string = first.value.charCodeAt(0) === 0xfeff ? first.value.slice(1) : first.value;
  try {
    for (;;) {
      // A big chunk is parsed piece by piece so that only a few thousand rows wait to be yielded at a time.
      for (let off = 0; off < chunk.length; off += PIECE) {
        const rows = parser.push(chunk.length <= PIECE ? chunk : chunk.slice(off, off + PIECE));
        for (let k = takeHeader(rows); k < rows.length; k++) yield rows[k]!;
      }
      const next = await text.next();
      if (next.done) break;
      chunk = next.value;
    }
    const rows = parser.end();
    for (let k = takeHeader(rows); k < rows.length; k++) yield rows[k]!;
  } catch (err) {
    if (err instanceof InvalidFileError) throw err;
    throw new InvalidFileError(options.fileName, [
      importIssue('file.unreadableText', { detail: (err as Error).message }, { row: parser.line }),
    ]);
  }
  if (!header) throw new InvalidFileError(options.fileName, [importIssue('file.empty', {})]);
}

/** Case- and accent-insensitive header lookup: index of the first header matching one of the names. */
export function findColumn(header: string[], names: string[]): number {
  const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase();
  const wanted = names.map(norm);
  return header.findIndex((h) => wanted.includes(norm(h)));
}

/** The file-level error for a header that lacks required columns; hints at a wrong separator. */
export function missingColumnsError(
  fileName: string,
  formatLabel: string,
  header: string[],
  missing: string[],
  /** Undefined for spreadsheets, where a one-cell header means CSV text pasted into column A. */
  delimiter?: string,
): InvalidFileError {
  const params = { format: formatLabel, missing, header: header.slice(0, 50), separator: delimiter ?? null, singleColumn: header.length <= 1 };
  return new InvalidFileError(fileName, [importIssue('file.missingColumns', params, { row: 1 })]);
}

/** The file-level error for a file with a header and nothing else. */
export function noDataRowsError(fileName: string): InvalidFileError {
  return new InvalidFileError(fileName, [importIssue('file.noDataRows', {})]);
}
