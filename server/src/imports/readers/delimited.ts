import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { InvalidFileError } from '../../errors/errors';
import { detectDelimiter } from '../../lib/text-file';
import { decodeStream } from './text-stream';
import type { ReaderOptions } from './types';

export type DelimitedRow = { line: number; cells: string[] };

/**
 * Streams a delimited text file as rows: header first (via onHeader), then data rows with the file line
 * each starts on. Uses csv-parse's streaming parser, so only the current chunk is held in memory.
 * The delimiter is detected on the first line among `candidates` unless `delimiter` is given.
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
  async function* all(): AsyncGenerator<string> {
    yield first.value as string;
    yield* text;
  }
  const parser = Readable.from(all()).pipe(
    parse({ delimiter, relax_column_count: true, skip_empty_lines: true, info: true, bom: true }),
  );
  let header: string[] | null = null;
  let nextLine = 1;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = nextLine;
      // info.lines is the line the record ends on; a quoted cell may span lines.
      nextLine = item.info.lines + 1;
      if (!header) {
        header = item.record.map((h) => h.trim());
        cfg.onHeader(header, delimiter);
        continue;
      }
      // A line of only separators (Excel leaves those at the bottom) carries nothing.
      if (item.record.every((c) => c.trim() === '')) continue;
      yield { line, cells: item.record };
    }
  } catch (err) {
    if (err instanceof InvalidFileError) throw err;
    throw new InvalidFileError(options.fileName, [
      { row: nextLine, message: `The file cannot be read as delimited text: ${(err as Error).message}` },
    ]);
  }
  if (!header) throw new InvalidFileError(options.fileName, [{ message: 'The file is empty.' }]);
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
  const sep = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  const single = delimiter
    ? ` The header was read as a single column with separator ${sep}: the separator is probably wrong (use "," or ";").`
    : ' The header is a single cell: the sheet probably holds CSV text pasted into one column.';
  const hint = header.length <= 1 ? single : '';
  return new InvalidFileError(fileName, [
    {
      row: 1,
      message: `Not a valid ${formatLabel} file: required column(s) ${missing.join(', ')} missing from the header "${header.join(' | ').slice(0, 200)}".${hint}`,
    },
  ]);
}

/** The file-level error for a file with a header and nothing else. */
export function noDataRowsError(fileName: string): InvalidFileError {
  return new InvalidFileError(fileName, [{ message: 'The file has a header but no data rows.' }]);
}
