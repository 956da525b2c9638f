/** Largest magnitude numeric(20,6) holds. */
const MAX_ABS = 1e14;

import type { ImportMessageParams } from '../messages';

/** Why a value cannot be stored: a code of the import's catalogue and its params. */
export type ValueError =
  | { code: 'value.notNumber'; params: ImportMessageParams<'value.notNumber'> }
  | { code: 'value.notFinite'; params: ImportMessageParams<'value.notFinite'> }
  | { code: 'value.tooLarge'; params: ImportMessageParams<'value.tooLarge'> };

export type ParsedValue = { value: number } | { error: ValueError };

/**
 * Reads a value as written by the file: numbers from JSON/XML/XLSX as they are; text with a decimal point
 * (`82.5`) or a decimal comma (`82,5`), thousands separators when both appear (`1.234,5`, `1,234.5`).
 * `unitMultiplier` (SDMX UNIT_MULT, a power of ten) converts to units. Values are kept to 6 decimals, the
 * precision observations are stored with, so a re-import compares equal.
 */
export function parseValue(raw: string | number, unitMultiplier = 0): ParsedValue {
  let n: number;
  if (typeof raw === 'number') {
    n = raw;
  } else {
    const s = raw.trim().replace(/\s/g, '');
    const comma = s.lastIndexOf(',');
    const dot = s.lastIndexOf('.');
    let normalised = s;
    if (comma >= 0 && dot >= 0) normalised = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
    else if (comma >= 0) normalised = s.indexOf(',') === comma ? s.replace(',', '.') : s.replace(/,/g, '');
    if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return { error: { code: 'value.notNumber', params: { value: String(raw) } } };
    n = Number(normalised);
  }
  if (!Number.isFinite(n)) return { error: { code: 'value.notFinite', params: { value: String(raw) } } };
  if (unitMultiplier !== 0) n = Number((n * 10 ** unitMultiplier).toFixed(6));
  if (Math.abs(n) >= MAX_ABS) return { error: { code: 'value.tooLarge', params: { value: n } } };
  return { value: n };
}
