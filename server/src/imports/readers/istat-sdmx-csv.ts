import { importIssue } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { parseNumber } from '../../lib/text-file';
import { findColumn, missingColumnsError, noDataRowsError, readDelimited } from './delimited';
import { firstLine } from './sniff-utils';
import type { FormatReader, ReadItem } from './types';

const LABEL = 'ISTAT SDMX-CSV';
/** Old (ITTER107, TIPO_DATO) and new (REF_AREA, DATA_TYPE) ISTAT names; GEO/geo for Eurostat's own SDMX-CSV. */
const TERRITORY = ['REF_AREA', 'ITTER107', 'GEO'];
const INDICATOR = ['DATA_TYPE', 'TIPO_DATO', 'INDICATOR'];
/** Columns that are structure, not dimensions, in SDMX-CSV 1.0 and 2.0. */
const NOT_DIMENSIONS = ['DATAFLOW', 'STRUCTURE', 'STRUCTURE_ID', 'STRUCTURE_NAME', 'ACTION', 'LAST UPDATE'];
const FLAG_COLUMNS = ['OBS_STATUS', 'OBS_FLAG'];

function headerCells(head: Buffer): string[] {
  return firstLine(head)
    .split(/[,;]/)
    .map((c) => c.replace(/^"|"$/g, '').trim().toUpperCase());
}

export const istatSdmxCsvReader: FormatReader<'istat-sdmx-csv'> = {
  id: 'istat-sdmx-csv',
  label: 'ISTAT SDMX-CSV (DATAFLOW, …, TIME_PERIOD, OBS_VALUE)',
  defaultSource: 'istat',
  lineBased: true,
  sniff: (head) => {
    const cells = headerCells(head);
    return cells.includes('TIME_PERIOD') && cells.includes('OBS_VALUE');
  },
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    let cols: { value: number; time: number; territory: number; indicator: number; mult: number; flags: number[] } | null =
      null;
    let header: string[] = [];
    let dimCols: number[] = [];
    let rows = 0;
    const rowsIter = readDelimited(input, options, {
      candidates: [',', ';', '\t'],
      onHeader: (h, delimiter) => {
        header = h;
        const value = findColumn(h, ['OBS_VALUE']);
        const time = findColumn(h, ['TIME_PERIOD']);
        const territory = findColumn(h, TERRITORY);
        const missing = [
          value < 0 ? 'OBS_VALUE' : '',
          time < 0 ? 'TIME_PERIOD' : '',
          territory < 0 ? TERRITORY.join('/') : '',
        ].filter(Boolean);
        if (missing.length) throw missingColumnsError(options.fileName, LABEL, h, missing, delimiter);
        const flags = FLAG_COLUMNS.map((n) => findColumn(h, [n])).filter((i) => i >= 0);
        cols = { value, time, territory, indicator: findColumn(h, INDICATOR), mult: findColumn(h, ['UNIT_MULT']), flags };
        // In SDMX-CSV the dimensions come before OBS_VALUE and the attributes after it.
        dimCols = h.map((_, i) => i).filter((i) => i < value && !NOT_DIMENSIONS.includes(h[i]!.toUpperCase()));
      },
    });
    for await (const { line, cells } of rowsIter) {
      const c = cols!;
      rows++;
      if (cells.length < header.length) {
        yield { issue: importIssue('row.truncated', { found: cells.length, expected: header.length }, { row: line }) };
        continue;
      }
      const raw = cells[c.value]!.trim();
      // SDMX writes a missing observation as an empty cell or NaN, usually with an OBS_STATUS saying why.
      const missing = raw === '' || raw === 'NaN';
      if (!missing && parseNumber(raw, '.') === null) {
        yield { issue: importIssue('value.notNumber', { value: raw }, { row: line, column: header[c.value]! }) };
        continue;
      }
      let unitMultiplier: number | undefined;
      const multRaw = c.mult >= 0 ? cells[c.mult]!.trim() : '';
      if (multRaw !== '') {
        if (!/^-?\d+$/.test(multRaw)) {
          yield { issue: importIssue('value.badUnitMultiplier', { value: multRaw }, { row: line, column: 'UNIT_MULT' }) };
          continue;
        }
        unitMultiplier = Number(multRaw);
      }
      const dimensions: Record<string, string> = {};
      for (const i of dimCols) dimensions[header[i]!] = cells[i]!.trim();
      dimensions[header[c.time]!] = cells[c.time]!.trim();
      yield {
        record: {
          row: line,
          dimensions,
          territoryDim: header[c.territory]!,
          timeDim: header[c.time]!,
          indicatorDim: c.indicator >= 0 ? header[c.indicator] : undefined,
          value: missing ? null : raw,
          valueColumn: header[c.value]!,
          flags: c.flags.map((i) => cells[i]!.trim()).filter(Boolean),
          ...(unitMultiplier !== undefined ? { unitMultiplier } : {}),
        },
      };
    }
    if (rows === 0) {
      if (!cols) throw new InvalidFileError(options.fileName, [importIssue('file.empty', {})]);
      throw noDataRowsError(options.fileName);
    }
  },
};
