import { importIssue } from '../messages';
import fs from 'node:fs';
import { PassThrough, Transform, type Readable, type Writable } from 'node:stream';
import { AppError, InvalidFileError } from '../../errors/errors';
import { missingColumnsError, noDataRowsError } from './delimited';
import { LIMITS } from './limits';
import { isNumberText, mapTidyColumns, tidyRecord } from './tidy-layout';
import type { FormatReader, ReadItem } from './types';

type Cell = string | number | null;

/** A cell as a plain value: formulas give their cached result, rich text its text, dates an ISO day. */
function plain(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const o = v as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
  if ('result' in o) return plain(o.result);
  if (o.richText) return o.richText.map((t) => t.text).join('');
  if (o.text !== undefined) return o.text;
  if (o.error) return o.error;
  return String(v);
}
const text = (c: Cell) => (c === null ? '' : String(c).trim());

/**
 * The parts of exceljs' streaming WorkbookReader that read one ZIP entry each (not in its typings). They are
 * wrapped on the instance so that what each part inflates to is counted as it streams (see guardXlsx).
 */
type WorkbookReaderParts = {
  /** The file's stream, which exceljs pipes into its unzipper. */
  input: Readable;
  _parseRels: (entry: Readable) => unknown;
  _parseWorkbook: (entry: Readable) => unknown;
  _parseSharedStrings: (entry: Readable) => unknown;
  _parseWorksheet: (iterator: AsyncIterable<Buffer>, sheetNo: string) => unknown;
  sharedStrings?: unknown[];
};

/** The refusal of an XLSX part that inflates past a cap. */
function tooBig(fileName: string, part: string, reason: 'size' | 'ratio' | 'strings', limit: number): InvalidFileError {
  return new InvalidFileError(fileName, [importIssue('file.zipBomb', { part, reason, limit })]);
}

/**
 * Bounds what an XLSX inflates to, while exceljs streams it: every part the reader keeps (relationships, the
 * workbook, the shared strings, the sheets) is counted as it inflates and refused past
 * LIMITS.maxXlsxPartBytes, or past LIMITS.maxXlsxRatio times the bytes of the file read so far once over
 * LIMITS.xlsxRatioFreeBytes; the shared strings table is refused past LIMITS.maxSharedStrings entries.
 * A ZIP's declared sizes cannot be trusted (streamed entries may declare none), so the inflated bytes
 * themselves are counted. `compressedSoFar` gives the bytes of the file consumed so far.
 *
 * A sheet that comes in the ZIP before the shared strings (or in a workbook without them) is written by
 * exceljs to a temporary file and parsed once the ZIP has been read: it is counted as it is written too,
 * so a hostile sheet never fills the disk. Returns what removes those files (exceljs leaves them behind
 * when the reading stops before their turn: a refusal, the first sheet read).
 */
export function guardXlsx(reader: object, fileName: string, compressedSoFar: () => number): () => void {
  const parts = reader as WorkbookReaderParts;
  const check = (part: string, inflated: number): void => {
    if (inflated > LIMITS.maxXlsxPartBytes) throw tooBig(fileName, part, 'size', LIMITS.maxXlsxPartBytes);
    const compressed = Math.max(1, compressedSoFar());
    if (inflated > LIMITS.xlsxRatioFreeBytes && inflated > LIMITS.maxXlsxRatio * compressed) {
      throw tooBig(fileName, part, 'ratio', LIMITS.maxXlsxRatio);
    }
    if (part === 'xl/sharedStrings.xml' && (parts.sharedStrings?.length ?? 0) > LIMITS.maxSharedStrings) {
      throw tooBig(fileName, part, 'strings', LIMITS.maxSharedStrings);
    }
  };
  /** The entry piped through a counter that fails the stream (and so exceljs' parse of it) past a cap. */
  const counted = (part: string, entry: Readable): Readable => {
    let inflated = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        inflated += chunk.length;
        try {
          check(part, inflated);
        } catch (e) {
          entry.unpipe(counter);
          entry.resume(); // let unzipper go on to the end of the file, where the error stops everything
          done(e as Error);
          return;
        }
        done(null, chunk);
      },
    });
    entry.on('error', (e) => counter.destroy(e));
    return entry.pipe(counter);
  };
  const wrapEntry = (method: '_parseRels' | '_parseWorkbook' | '_parseSharedStrings', part: string) => {
    const original = parts[method].bind(reader);
    parts[method] = (entry) => original(counted(part, entry));
  };
  const stored: string[] = [];
  /**
   * A sheet entry piped into a temporary file is counted as it flows (a listener beside the pipe, which adds
   * no step to it: exceljs reads the rest of the ZIP meanwhile); other pipes (autodrain) are left as they are.
   */
  const countWhenStored = (entry: Readable & { path: string }) => {
    const part = entry.path;
    const pipe = entry.pipe.bind(entry);
    entry.pipe = <T extends NodeJS.WritableStream>(dest: T, opts?: { end?: boolean }): T => {
      pipe(dest, opts);
      if (!(dest instanceof fs.WriteStream)) return dest;
      const file = dest as fs.WriteStream & Writable;
      stored.push(String(file.path));
      let inflated = 0;
      const count = (chunk: Buffer) => {
        inflated += chunk.length;
        try {
          check(part, inflated);
        } catch (e) {
          entry.off('data', count);
          entry.unpipe(file);
          entry.resume(); // let unzipper go on to the end of the file, where the error stops everything
          file.destroy(e as Error); // exceljs waits for the file to finish or fail: it fails, with the refusal
        }
      };
      entry.on('data', count);
      return dest;
    };
  };
  // exceljs pipes the file into its unzipper and reads the entries from it: each sheet entry is caught as it comes.
  const input = parts.input;
  const inputPipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(zip: T, opts?: { end?: boolean }): T => {
    (zip as unknown as Readable).on('data', (entry: Readable & { path: string }) => {
      if (/xl\/worksheets\/sheet\d+[.]xml/.test(entry.path)) countWhenStored(entry);
    });
    return inputPipe(zip, opts);
  };
  wrapEntry('_parseRels', 'xl/_rels/workbook.xml.rels');
  wrapEntry('_parseWorkbook', 'xl/workbook.xml');
  wrapEntry('_parseSharedStrings', 'xl/sharedStrings.xml');
  const parseWorksheet = parts._parseWorksheet.bind(reader);
  parts._parseWorksheet = (iterator, sheetNo) => {
    const part = `xl/worksheets/sheet${sheetNo}.xml`;
    async function* countedSheet(): AsyncGenerator<Buffer> {
      let inflated = 0;
      for await (const chunk of iterator) {
        inflated += chunk.length;
        check(part, inflated);
        yield chunk;
      }
    }
    return parseWorksheet(countedSheet(), sheetNo);
  };
  return () => {
    for (const file of stored.splice(0)) fs.rm(file, { force: true }, () => undefined);
  };
}

/**
 * XLSX with the tidy layout (indicatore/territorio/periodo/valore/flag) on the first worksheet. Uses exceljs'
 * streaming WorkbookReader, so rows are read as the ZIP entry inflates; shared strings are cached, which
 * is the one part that grows with the file (the format keeps them in a separate part). guardXlsx bounds
 * what every part inflates to, and rows are refused past LIMITS.maxColumns cells.
 */
export const xlsxReader: FormatReader<'xlsx'> = {
  id: 'xlsx',
  label: 'Excel XLSX (foglio con indicatore, territorio, periodo, valore, flag)',
  defaultSource: 'other',
  lineBased: false,
  sniff: (head, fileName) => head[0] === 0x50 && head[1] === 0x4b && (/\.xlsx$/i.test(fileName) || head.includes('xl/')),
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    const counted = new PassThrough();
    let bytes = 0;
    input.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      options.onProgress?.(bytes);
    });
    input.on('error', (e) => counted.destroy(e));
    input.pipe(counted);
    // Loaded here, not at the top: the other formats' imports need not load exceljs.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(counted, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit' });
    const removeStoredSheets = guardXlsx(workbook, options.fileName, () => bytes);
    let header: string[] | null = null;
    let col = { indicator: -1, territory: -1, period: -1, value: -1, flag: -1 };
    let rows = 0;
    try {
      for await (const sheet of workbook) {
        for await (const row of sheet) {
          // row.values is 1-based (index 0 empty); shift it so column indexes match the header.
          const values = row.values as unknown[];
          if (values.length - 1 > LIMITS.maxColumns) {
            throw new InvalidFileError(options.fileName, [
              importIssue('file.tooManyColumns', { row: row.number, limit: LIMITS.maxColumns, spreadsheet: true }, { row: row.number }),
            ]);
          }
          const cells = values.slice(1).map(plain);
          if (!header) {
            if (cells.every((c) => text(c) === '')) continue;
            header = cells.map(text);
            const mapped = mapTidyColumns(header);
            col = mapped.col;
            const missing = mapped.missing;
            if (missing.length) throw missingColumnsError(options.fileName, 'XLSX', header, missing);
            continue;
          }
          if (cells.every((c) => text(c) === '')) continue;
          rows++;
          const raw = cells[col.value] ?? null;
          const value = typeof raw === 'string' && raw.trim() === '' ? null : raw;
          if (typeof value === 'string' && !isNumberText(value)) {
            yield { issue: importIssue('value.notNumber', { value: value.trim() }, { row: row.number, column: header[col.value]! }) };
            continue;
          }
          const cellText = (i: number) => text(cells[i] ?? null);
          yield { record: tidyRecord(row.number, header, col, cellText, typeof value === 'string' ? value.trim() : value) };
        }
        break; // Only the first worksheet holds the data; the others are notes or pivots.
      }
    } catch (e) {
      counted.destroy();
      input.destroy();
      if (e instanceof AppError) throw e;
      throw new InvalidFileError(options.fileName, [importIssue('xlsx.unreadable', { detail: (e as Error).message })]);
    } finally {
      removeStoredSheets();
    }
    if (!header) throw new InvalidFileError(options.fileName, [importIssue('file.empty', { workbook: true })]);
    if (rows === 0) throw noDataRowsError(options.fileName);
  },
};
