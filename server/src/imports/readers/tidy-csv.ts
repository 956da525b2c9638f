import { InvalidFileError } from '../../errors/errors';
import { parseNumber } from '../../lib/text-file';
import { findColumn, missingColumnsError, noDataRowsError, readDelimited } from './delimited';
import { firstLine } from './sniff-utils';
import type { FormatReader, ReadItem } from './types';

const LABEL = 'tidy CSV';
/** Header names accepted per role, Italian and English; also the layouts of the BES/ISTAT CSVs in shared/data. */
export const TIDY_COLUMNS = {
  indicator: ['indicator', 'indicatore', 'indicator_id', 'idindicatore', 'id_indicatore', 'codice_indicatore'],
  territory: ['territory', 'territorio', 'territory_key', 'territory_code', 'codice_territorio', 'area_code'],
  period: ['period', 'periodo', 'anno', 'year', 'time'],
  value: ['value', 'valore', 'dato'],
  flag: ['flag', 'flags', 'stato', 'status'],
} as const;

/** Accepts "82,5", "82.5", "1.234,5", "-3"; values stay as written, this only decides if one is a number. */
export function isNumberText(raw: string): boolean {
  return parseNumber(raw, ',') !== null || parseNumber(raw, '.') !== null;
}

export const tidyCsvReader: FormatReader = {
  id: 'tidy-csv',
  label: 'CSV semplice / tidy CSV (indicatore, territorio, periodo, valore, flag)',
  sniff: (head) => {
    const cells = firstLine(head).split(/[;,\t]/).map((c) => c.replace(/^"|"$/g, ''));
    return (['indicator', 'territory', 'period', 'value'] as const).every((k) => findColumn(cells, [...TIDY_COLUMNS[k]]) >= 0);
  },
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    let header: string[] = [];
    let col = { indicator: -1, territory: -1, period: -1, value: -1, flag: -1 };
    let rows = 0;
    const rowsIter = readDelimited(input, options, {
      candidates: [';', ',', '\t'],
      onHeader: (h, delimiter) => {
        header = h;
        col = {
          indicator: findColumn(h, [...TIDY_COLUMNS.indicator]),
          territory: findColumn(h, [...TIDY_COLUMNS.territory]),
          period: findColumn(h, [...TIDY_COLUMNS.period]),
          value: findColumn(h, [...TIDY_COLUMNS.value]),
          flag: findColumn(h, [...TIDY_COLUMNS.flag]),
        };
        const missing = (['indicator', 'territory', 'period', 'value'] as const)
          .filter((k) => col[k] < 0)
          .map((k) => `${TIDY_COLUMNS[k][1]}/${TIDY_COLUMNS[k][0]}`);
        if (missing.length) throw missingColumnsError(options.fileName, LABEL, h, missing, delimiter);
      },
    });
    for await (const { line, cells } of rowsIter) {
      rows++;
      // The flag column is optional, so a short line may still hold everything required.
      const required = Math.max(col.indicator, col.territory, col.period, col.value) + 1;
      if (cells.length < required) {
        yield { issue: { row: line, message: `Truncated line: ${cells.length} cells, at least ${required} needed.` } };
        continue;
      }
      const raw = cells[col.value]!.trim();
      if (raw !== '' && !isNumberText(raw)) {
        yield { issue: { row: line, column: header[col.value], message: `"${raw}" is not a number.` } };
        continue;
      }
      const dims = { indicator: col.indicator, territory: col.territory, period: col.period };
      const dimensions: Record<string, string> = {};
      for (const i of Object.values(dims)) dimensions[header[i]!] = cells[i]!.trim();
      const flag = col.flag >= 0 ? (cells[col.flag] ?? '').trim() : '';
      yield {
        record: {
          row: line,
          dimensions,
          territoryDim: header[col.territory]!,
          timeDim: header[col.period]!,
          indicatorDim: header[col.indicator]!,
          // An empty cell is a missing value, kept so the pipeline can tell "absent" from "not in the file".
          value: raw === '' ? null : raw,
          valueColumn: header[col.value]!,
          flags: flag ? [flag] : [],
        },
      };
    }
    if (rows === 0) {
      if (!header.length) throw new InvalidFileError(options.fileName, [{ message: 'The file is empty.' }]);
      throw noDataRowsError(options.fileName);
    }
  },
};
