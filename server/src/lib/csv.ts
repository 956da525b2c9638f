/** A text a spreadsheet would read as a formula (OWASP CSV injection): =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, which a spreadsheet reads as a number and never as a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

/**
 * The text of one cell, safe to open in a spreadsheet: a text that would start a formula gets a leading
 * single quote; numbers (and texts that are just a number, such as "-3.5") stay as they are.
 */
export function spreadsheetSafe(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  if (typeof v !== 'string' || !FORMULA_START.test(s) || PLAIN_NUMBER.test(s)) return s;
  return `'${s}`;
}

/** One cell of a delimited file: quoted when it holds the separator, a quote or a line break; formulas neutralised. */
export function delimitedCell(v: unknown, separator: ',' | ';'): string {
  const s = spreadsheetSafe(v);
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One RFC 4180 cell: quoted when it holds a comma, quote or line break; null and undefined are empty; formulas neutralised. */
export const csvCell = (v: unknown): string => delimitedCell(v, ',');

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
