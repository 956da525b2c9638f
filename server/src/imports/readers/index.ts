import type { IMPORT_FORMATS, ImportFormat } from '../../contract/values';
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
// detectFormat lives in ./detect-format (it imports this registry; re-exporting it here would make a cycle).

/**
 * The one registry of formats: the ids are the contract's (IMPORT_FORMATS, which the client reads too),
 * everything else about a format is its reader's. A format without a reader, or a reader filed under
 * another format's id, does not compile.
 */
export const READERS: { readonly [F in ImportFormat]: FormatReader<F> } = {
  'tidy-csv': tidyCsvReader,
  xlsx: xlsxReader,
  'istat-sdmx-csv': istatSdmxCsvReader,
  'istat-istat-csv': istatIstatCsvReader,
  'eurostat-tsv': eurostatTsvReader,
  'json-stat': jsonStatReader,
  'sdmx-ml-generic': sdmxMlGenericReader,
  'sdmx-ml-structure-specific': sdmxMlStructureSpecificReader,
};

/** `unknown` when `T` names every format exactly once (each of them, and as many as there are); a type naming the fault otherwise. */
type EveryFormatOnce<T extends readonly ImportFormat[]> = [Exclude<ImportFormat, T[number]>] extends [never]
  ? T['length'] extends (typeof IMPORT_FORMATS)['length']
    ? unknown
    : { listedTwice: 'a format is listed more than once' }
  : { missing: Exclude<ImportFormat, T[number]> };

/** The readers in the order given; compiles only when that order names every format exactly once. */
export function inOrder<const T extends readonly ImportFormat[]>(ids: T & EveryFormatOnce<T>): readonly FormatReader[] {
  return ids.map((id) => READERS[id]);
}

/**
 * Every reader, in the order detection tries them: the specific layouts first, tidy CSV last because its
 * loose header names (e.g. "time", "value") also appear in the other layouts.
 */
export const DETECTION_ORDER = inOrder([
  'xlsx',
  'sdmx-ml-generic',
  'sdmx-ml-structure-specific',
  'json-stat',
  'eurostat-tsv',
  'istat-sdmx-csv',
  'istat-istat-csv',
  'tidy-csv',
]);

/** The reader of a format id from outside the type system (a batch row, a request), or undefined. */
export function readerOf(id: string): FormatReader | undefined {
  return Object.hasOwn(READERS, id) ? READERS[id as ImportFormat] : undefined;
}
