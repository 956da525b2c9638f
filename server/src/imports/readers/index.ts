import { eurostatTsvReader } from './eurostat-tsv';
import { istatIstatCsvReader } from './istat-istat-csv';
import { istatSdmxCsvReader } from './istat-sdmx-csv';
import { jsonStatReader } from './json-stat';
import { sdmxMlGenericReader } from './sdmx-ml-generic';
import { sdmxMlStructureSpecificReader } from './sdmx-ml-structure-specific';
import { tidyCsvReader } from './tidy-csv';
import type { FormatReader } from './types';
import { xlsxReader } from './xlsx';

export type * from './types';
// detectFormat lives in ./detect-format (it imports this list; re-exporting it here would make a cycle).

/**
 * Every reader, in the order detection tries them: the specific layouts first, tidy CSV last because its
 * loose header names (e.g. "time", "value") also appear in the other layouts.
 */
export const READERS: FormatReader[] = [
  xlsxReader,
  sdmxMlGenericReader,
  sdmxMlStructureSpecificReader,
  jsonStatReader,
  eurostatTsvReader,
  istatSdmxCsvReader,
  istatIstatCsvReader,
  tidyCsvReader,
];
