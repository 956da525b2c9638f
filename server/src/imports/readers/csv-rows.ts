import { importIssue } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { LIMITS } from './limits';

/** One record of a delimited file: its cells and the 1-based file line it starts on. */
export type CsvRow = { line: number; cells: string[] };

export type CsvRowParserOptions = {
  /** A single character: ',', ';', '\t', … */
  delimiter: string;
  /** Names the file in the error for an unterminated quoted cell. */
  fileName: string;
  /**
   * Drop rows whose cells are all blank (`cell.trim() === ''`), such as the lines of bare separators
   * spreadsheets leave at the bottom. Empty lines are always dropped.
   */
  skipBlankRows?: boolean;
  /** The first row is a header: it is returned even when blank (skipBlankRows applies to the rows after it). */
  header?: boolean;
  /** Longest record accepted, in characters (LIMITS.maxRecordChars unless set, e.g. by tests). */
  maxRecordChars?: number;
  /** Most cells accepted in one record (LIMITS.maxColumns unless set). */
  maxColumns?: number;
};

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Where the parser stands between two chunks. */
const enum State {
  /** Before the first character of a record (the only state the line fast path runs in). */
  RecordStart,
  /** After a delimiter: a quote here opens a quoted cell. */
  CellStart,
  /** In an unquoted cell, or after the closing quote of a quoted one (what follows is kept literally). */
  Unquoted,
  /** Inside a quoted cell. */
  Quoted,
  /** Just after a quote inside a quoted cell: a second quote makes an escaped `"`, anything else closes the cell. */
  QuotePending,
}

function isBlank(cells: string[]): boolean {
  for (let k = 0; k < cells.length; k++) if (cells[k]!.trim() !== '') return false;
  return true;
}

/**
 * A streaming RFC 4180 parser that works on whole decoded text chunks, synchronously: feed it chunks with
 * push(), which returns the records completed so far, then call end(). A record may straddle any number
 * of chunks; a chunk may end anywhere (inside a cell, between CR and LF, between the two quotes of `""`).
 *
 * - Lines end with LF, CRLF or a lone CR; empty lines are skipped; rows may have any number of cells.
 * - `"a,b"`, `"say ""hi"""` and quoted cells spanning lines are read per RFC 4180; line breaks inside
 *   quotes are kept as they are in the file.
 * - Lenient: a quote inside an unquoted cell is kept literally, and so is text after a closing quote.
 * - A quoted cell still open at the end of the file is an InvalidFileError naming the line it started on.
 *
 * Speed: lines without a quote are cut into cells with indexOf alone (readLines); only a record with a
 * quote, or one running past the end of the chunk, goes through the character loop (readRecord). Every
 * indexOf result is kept for the chunk, so no character is searched for twice over the same text.
 * Measure before reshaping: an earlier version doing all of this in one big push() loop was compiled by
 * V8 (Node 20) into code that redid a chunk-long indexOf on every line, about 10x slower once optimized.
 * Keep push() chunks moderate too (readDelimited parses 64K characters at a time): the rows of a chunk
 * all live until it is done, and tens of thousands of them at once cost more in GC than they save.
 */
export class CsvRowParser {
  private readonly delimiter: string;
  private readonly delimCode: number;
  private readonly fileName: string;
  private readonly skipBlankRows: boolean;
  private readonly maxRecordChars: number;
  private readonly maxColumns: number;
  /** Characters of the record being read by readRecord so far. */
  private recordChars = 0;
  /** True until the header row has been returned (only when options.header). */
  private awaitingHeader: boolean;

  private state = State.RecordStart;
  /** Line the parser is on (1-based). */
  private lineNo = 1;
  /** Line the record being read started on. */
  private recordLine = 1;
  /** Line the open quoted cell started on. */
  private quoteLine = 0;
  /** Cells of the record being read by readRecord (which may carry it over to the next chunk). */
  private cells: string[] = [];
  /** Text of the cell being read. */
  private cell = '';
  /** The previous chunk ended with a CR, so an LF starting this one completes that line break. */
  private prevCR = false;
  private ended = false;
  /** readLines' search positions in the current chunk (-1: not searched yet). */
  private nextLF = -1;
  private nextQuote = -1;
  private nextCR = -1;
  private nextDelim = -1;

  constructor(options: CsvRowParserOptions) {
    if (options.delimiter.length !== 1) throw new Error(`The delimiter must be one character, not "${options.delimiter}".`);
    if (options.delimiter === '"' || options.delimiter === '\n' || options.delimiter === '\r') {
      throw new Error('The delimiter cannot be a quote or a line break.');
    }
    this.delimiter = options.delimiter;
    this.delimCode = options.delimiter.charCodeAt(0);
    this.fileName = options.fileName;
    this.skipBlankRows = options.skipBlankRows ?? false;
    this.awaitingHeader = options.header ?? false;
    this.maxRecordChars = options.maxRecordChars ?? LIMITS.maxRecordChars;
    this.maxColumns = options.maxColumns ?? LIMITS.maxColumns;
  }

  /** A record past the length cap: a line break is missing, or the file is not text at all. */
  private tooLong(line: number): InvalidFileError {
    return new InvalidFileError(this.fileName, [
      importIssue('file.rowTooLong', { row: line, limit: this.maxRecordChars }, { row: line }),
    ]);
  }

  private tooManyColumns(line: number): InvalidFileError {
    return new InvalidFileError(this.fileName, [
      importIssue('file.tooManyColumns', { row: line, limit: this.maxColumns, spreadsheet: false }, { row: line }),
    ]);
  }

  /** The line the parser has reached (for error messages). */
  get line(): number {
    return this.lineNo;
  }

  /** Adds a completed record to `out` unless it is to be skipped. */
  private emit(out: CsvRow[], cells: string[], line: number): void {
    if (this.awaitingHeader) this.awaitingHeader = false;
    else if (this.skipBlankRows && isBlank(cells)) return;
    out.push({ line, cells });
  }

  /** Parses one chunk; returns the records it completes (possibly none). */
  push(text: string): CsvRow[] {
    if (this.ended) throw new Error('CsvRowParser: push() after end().');
    const out: CsvRow[] = [];
    const n = text.length;
    if (n === 0) return out;
    let i = 0;
    this.nextLF = -1;
    this.nextQuote = -1;
    this.nextCR = -1;
    this.nextDelim = -1;
    if (this.prevCR && text.charCodeAt(0) === LF) {
      // The CR that ended the previous chunk was already counted as the line break.
      if (this.state === State.Quoted) this.cell += '\n';
      i = 1;
    }
    while (i < n) {
      if (this.state === State.RecordStart) {
        i = this.readLines(text, i, out);
        if (i >= n) break;
      }
      i = this.readRecord(text, i, out);
    }
    this.prevCR = text.charCodeAt(n - 1) === CR;
    return out;
  }

  /**
   * Fast path, at the start of a record: reads whole lines without a quote, cutting cells with indexOf.
   * Stops at the first line that has a quote or does not end in this chunk, and returns where it stopped.
   */
  private readLines(text: string, i: number, out: CsvRow[]): number {
    const n = text.length;
    const delim = this.delimiter;
    let line = this.lineNo;
    // Next LF, quote, CR and delimiter at or after i (n: none left). Kept across the calls for one chunk and
    // searched again only once passed, so each is scanned for over the chunk once, not once per call.
    let nextQuote = this.nextQuote;
    if (nextQuote < i) {
      nextQuote = text.indexOf('"', i);
      if (nextQuote < 0) nextQuote = n;
    }
    let nextCR = this.nextCR;
    if (nextCR < i) {
      nextCR = text.indexOf('\r', i);
      if (nextCR < 0) nextCR = n;
    }
    let nextDelim = this.nextDelim;
    if (nextDelim < i) {
      nextDelim = text.indexOf(delim, i);
      if (nextDelim < 0) nextDelim = n;
    }
    let nextLF = this.nextLF;
    while (i < n) {
      if (nextLF < i) {
        nextLF = text.indexOf('\n', i);
        if (nextLF < 0) nextLF = n;
      }
      let end = nextLF;
      let next = end + 1;
      if (nextCR < end) {
        // CRLF, or a lone CR ending the line.
        end = nextCR;
        next = text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      }
      if (end >= n || nextQuote < end) break;
      if (end > i) {
        if (end - i > this.maxRecordChars) throw this.tooLong(line);
        // Cut the cells here rather than with slice + split: it is markedly faster.
        const cells: string[] = [];
        let start = i;
        while (nextDelim < end) {
          if (cells.length >= this.maxColumns) throw this.tooManyColumns(line);
          cells.push(text.slice(start, nextDelim));
          start = nextDelim + 1;
          nextDelim = text.indexOf(delim, start);
          if (nextDelim < 0) nextDelim = n;
        }
        cells.push(text.slice(start, end));
        this.emit(out, cells, line);
      }
      line++;
      i = next;
      if (nextCR < i) {
        nextCR = text.indexOf('\r', i);
        if (nextCR < 0) nextCR = n;
      }
    }
    this.lineNo = line;
    this.nextLF = nextLF;
    this.nextQuote = nextQuote;
    this.nextCR = nextCR;
    this.nextDelim = nextDelim;
    return i;
  }

  /**
   * Slow path: reads the current record cell by cell from i, up to its end (returning the position after its
   * line break) or to the end of the chunk (returning n, with the state saved for the next chunk).
   */
  private readRecord(text: string, i: number, out: CsvRow[]): number {
    const n = text.length;
    const delimCode = this.delimCode;
    let state = this.state;
    let line = this.lineNo;
    let cells = this.cells;
    let cell = this.cell;
    if (state === State.RecordStart) {
      this.recordLine = line;
      this.recordChars = 0;
      cells = [];
      cell = '';
      state = State.CellStart;
    }
    // Counted per call (a record may span chunks): what this call reads of the record is at most n - start.
    const start = i;
    if (this.recordChars + (n - start) > this.maxRecordChars) {
      // Only the part up to the record's end counts; measure it exactly before refusing.
      const end = this.recordEnd(text, i, state);
      if (this.recordChars + (end - start) > this.maxRecordChars) throw this.tooLong(this.recordLine);
    }
    while (i < n) {
      if (state === State.CellStart) {
        if (text.charCodeAt(i) === QUOTE) {
          state = State.Quoted;
          this.quoteLine = line;
          i++;
          continue;
        }
        state = State.Unquoted;
      }

      if (state === State.Unquoted) {
        // The cell runs to the next delimiter or line break; quotes in it are literal.
        let k = i;
        let c = 0;
        while (k < n) {
          c = text.charCodeAt(k);
          if (c === delimCode || c === LF || c === CR) break;
          k++;
        }
        if (k > i) cell += text.slice(i, k);
        if (k >= n) {
          i = n;
          break;
        }
        if (cells.length >= this.maxColumns) throw this.tooManyColumns(this.recordLine);
        cells.push(cell);
        cell = '';
        if (c === delimCode) {
          state = State.CellStart;
          i = k + 1;
          continue;
        }
        // End of the record.
        this.emit(out, cells, this.recordLine);
        cells = [];
        state = State.RecordStart;
        line++;
        i = c === CR && text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
        break;
      }

      if (state === State.Quoted) {
        // Up to the next quote, counting line breaks: LF, and CR not followed by LF (a CR ending the chunk
        // counts here; an LF starting the next chunk is then skipped, see prevCR).
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === QUOTE) break;
          if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
          k++;
        }
        if (k > i) cell += text.slice(i, k);
        if (k >= n) {
          i = n;
          break;
        }
        state = State.QuotePending;
        i = k + 1;
        continue;
      }

      // State.QuotePending
      if (text.charCodeAt(i) === QUOTE) {
        cell += '"';
        state = State.Quoted;
        i++;
      } else {
        // The quote closed the cell; go on as unquoted text up to the delimiter or line break.
        state = State.Unquoted;
      }
    }
    this.recordChars += i - start;
    this.state = state;
    this.lineNo = line;
    this.cells = cells;
    this.cell = cell;
    return i;
  }

  /**
   * Where the record being read from i ends in this chunk (at its line break), or n: a line break
   * outside quotes. Only run when the record may be over the cap, so common files never pay for it.
   */
  private recordEnd(text: string, i: number, state: State): number {
    const n = text.length;
    let quoted = state === State.Quoted;
    let pending = state === State.QuotePending;
    let atCellStart = state === State.CellStart || state === State.RecordStart;
    for (let k = i; k < n; k++) {
      const c = text.charCodeAt(k);
      if (pending) {
        pending = false;
        if (c === QUOTE) {
          quoted = true;
          continue;
        }
      }
      if (quoted) {
        if (c === QUOTE) {
          quoted = false;
          pending = true;
        }
        continue;
      }
      if (c === QUOTE && atCellStart) {
        quoted = true;
        atCellStart = false;
        continue;
      }
      if (c === LF || c === CR) return k;
      atCellStart = c === this.delimCode;
    }
    return n;
  }

  /** Flushes the last record (a file need not end with a line break); throws on an unterminated quote. */
  end(): CsvRow[] {
    if (this.ended) return [];
    this.ended = true;
    const out: CsvRow[] = [];
    switch (this.state) {
      case State.RecordStart:
        return out;
      case State.Quoted:
        throw new InvalidFileError(this.fileName, [
          importIssue('file.unclosedQuote', { line: this.quoteLine }, { row: this.quoteLine }),
        ]);
      default: {
        // CellStart (the file ends with a delimiter), Unquoted, or QuotePending (it ends with a closing quote).
        const cells = this.cells;
        cells.push(this.cell);
        this.cells = [];
        this.cell = '';
        this.state = State.RecordStart;
        this.emit(out, cells, this.recordLine);
        return out;
      }
    }
  }
}
