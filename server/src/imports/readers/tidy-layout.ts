import { parseNumber } from '../../lib/text-file';
import { findColumn } from './delimited';
import type { RawRecord } from './types';

/** Header names accepted per role, Italian and English; also the layouts of the BES/ISTAT CSVs in shared/data. */
export const TIDY_COLUMNS = {
  indicator: ['indicator', 'indicatore', 'indicator_id', 'idindicatore', 'id_indicatore', 'codice_indicatore'],
  territory: ['territory', 'territorio', 'territory_key', 'territory_code', 'codice_territorio', 'area_code'],
  period: ['period', 'periodo', 'anno', 'year', 'time'],
  value: ['value', 'valore', 'dato'],
  flag: ['flag', 'flags', 'stato', 'status'],
} as const;

const REQUIRED = ['indicator', 'territory', 'period', 'value'] as const;

export type TidyColumns = Record<keyof typeof TIDY_COLUMNS, number>;

/** Accepts "82,5", "82.5", "1.234,5", "-3"; values stay as written, this only decides if one is a number. */
export function isNumberText(raw: string): boolean {
  return parseNumber(raw, ',') !== null || parseNumber(raw, '.') !== null;
}

/** Where each role sits in a header, and the required roles it lacks ("valore/value"…). */
export function mapTidyColumns(header: string[]): { col: TidyColumns; missing: string[] } {
  const col = Object.fromEntries(
    (Object.keys(TIDY_COLUMNS) as (keyof typeof TIDY_COLUMNS)[]).map((k) => [k, findColumn(header, [...TIDY_COLUMNS[k]])]),
  ) as TidyColumns;
  const missing = REQUIRED.filter((k) => col[k] < 0).map((k) => `${TIDY_COLUMNS[k][1]}/${TIDY_COLUMNS[k][0]}`);
  return { col, missing };
}

export const hasTidyHeader = (cells: string[]): boolean => mapTidyColumns(cells).missing.length === 0;

/** The record of one tidy row: indicator, territory and period as dimensions named by their headers. */
export function tidyRecord(
  row: number,
  header: string[],
  col: TidyColumns,
  cell: (i: number) => string,
  value: string | number | null,
): RawRecord {
  const dimensions: Record<string, string> = {};
  for (const i of [col.indicator, col.territory, col.period]) dimensions[header[i]!] = cell(i);
  const flag = col.flag >= 0 ? cell(col.flag) : '';
  return {
    row,
    dimensions,
    territoryDim: header[col.territory]!,
    timeDim: header[col.period]!,
    indicatorDim: header[col.indicator]!,
    value,
    valueColumn: header[col.value]!,
    flags: flag ? [flag] : [],
  };
}
