/*
 * The caps every file reader (indicator import and plan import) puts on what a file may expand to, so a
 * hostile or broken file is refused with a clear message in bounded time and memory instead of filling
 * the server's memory. One place for all of them; the values are documented in docs/imports.md
 * ("Limits"). Real files stay far below each one.
 */
export const LIMITS = {
  /** Characters in one record of delimited text (CSV/TSV), line breaks inside quoted cells included. */
  maxRecordChars: 1024 * 1024,
  /** Cells in one row of delimited text or of a spreadsheet. */
  maxColumns: 10_000,
  /** Bytes one part of an XLSX (a sheet, the shared strings) may inflate to. */
  maxXlsxPartBytes: 200 * 1024 * 1024,
  /** Beyond this many inflated bytes, an XLSX part may not be more than maxXlsxRatio times the bytes read so far. */
  xlsxRatioFreeBytes: 8 * 1024 * 1024,
  /** Inflated bytes per compressed byte (real workbooks compress about 5 to 20 times). */
  maxXlsxRatio: 100,
  /** Entries in an XLSX's shared strings table. */
  maxSharedStrings: 1_000_000,
  /** Nesting depth of XML elements and of JSON arrays/objects. */
  maxNestingDepth: 64,
  /** Characters of XML read without a complete tag or text node (one element, attribute or text). */
  maxXmlTokenChars: 1024 * 1024,
  /** Bytes of a JSON-stat document (parsed whole) and of a JSON/YAML plan file. */
  maxJsonBytes: 64 * 1024 * 1024,
} as const;

/** "1 MiB", "200 MiB", "10,000": how a cap is written in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MiB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/**
 * Where a JSON text nests arrays/objects deeper than `max` (the byte or character offset), or -1. A linear
 * scan that skips strings, run before JSON.parse so that a document nested 100,000 deep is refused with
 * its position instead of reaching code that walks it.
 */
export function jsonNestingOverflow(text: Buffer | string, max: number = LIMITS.maxNestingDepth): number {
  const at = typeof text === 'string' ? (k: number) => text.charCodeAt(k) : (k: number) => text[k]!;
  let depth = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = at(k);
    if (inString) {
      if (c === 0x5c) k++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return k;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}
