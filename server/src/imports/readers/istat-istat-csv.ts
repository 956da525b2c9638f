import { importIssue } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { missingColumnsError, noDataRowsError, readDelimited } from './delimited';
import { firstLine } from './sniff-utils';
import { isNumberText } from './tidy-layout';
import type { FormatReader, ReadItem } from './types';

const LABEL = 'ISTAT I.Stat CSV';
const TERRITORY = /^(ITTER107|REF_AREA)$/i;
const INDICATOR = /^(TIPO_DATO|DATA_TYPE)/i;

function cellsOf(head: Buffer): string[] {
  return firstLine(head)
    .split(/[,;]/)
    .map((c) => c.replace(/^"|"$/g, '').trim());
}

/**
 * I.Stat's "Export → CSV": every dimension is a pair of columns, code then label
 * ("ITTER107","Territorio"), time is "TIME","Seleziona periodo", then "Value","Flag Codes","Flags".
 */
export const istatIstatCsvReader: FormatReader<'istat-istat-csv'> = {
  id: 'istat-istat-csv',
  label: 'ISTAT I.Stat CSV (ITTER107, Territorio, …, TIME, Value, Flag Codes)',
  defaultSource: 'istat',
  lineBased: true,
  sniff: (head) => {
    const cells = cellsOf(head);
    return cells.includes('Value') && cells.includes('TIME') && cells.includes('Flag Codes');
  },
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    let header: string[] = [];
    let pairs: { code: number; label: number }[] = [];
    let value = -1;
    let flagCodes = -1;
    let territoryDim = '';
    let indicatorDim: string | undefined;
    let rows = 0;
    const rowsIter = readDelimited(input, options, {
      candidates: [',', ';', '\t'],
      onHeader: (h, delimiter) => {
        header = h;
        value = h.indexOf('Value');
        flagCodes = h.indexOf('Flag Codes');
        const time = h.indexOf('TIME');
        const missing = [value < 0 ? 'Value' : '', time < 0 ? 'TIME' : ''].filter(Boolean);
        if (missing.length) throw missingColumnsError(options.fileName, LABEL, h, missing, delimiter);
        if (value % 2 !== 0) {
          throw new InvalidFileError(options.fileName, [
            importIssue('istat.oddPairs', {}, { row: 1 }),
          ]);
        }
        pairs = Array.from({ length: value / 2 }, (_, i) => ({ code: 2 * i, label: 2 * i + 1 }));
        territoryDim = h.find((c) => TERRITORY.test(c)) ?? '';
        indicatorDim = h.find((c) => INDICATOR.test(c));
        if (!territoryDim) {
          throw new InvalidFileError(options.fileName, [importIssue('file.noTerritoryDimension', { expected: ['ITTER107', 'REF_AREA'], found: h }, { row: 1 })]);
        }
      },
    });
    for await (const { line, cells } of rowsIter) {
      rows++;
      if (cells.length <= value) {
        yield { issue: importIssue('row.truncated', { found: cells.length, expected: value + 1 }, { row: line }) };
        continue;
      }
      const raw = cells[value]!.trim();
      if (raw !== '' && !isNumberText(raw)) {
        yield { issue: importIssue('value.notNumber', { value: raw }, { row: line, column: 'Value' }) };
        continue;
      }
      const dimensions: Record<string, string> = {};
      const labels: Record<string, string> = {};
      for (const p of pairs) {
        dimensions[header[p.code]!] = cells[p.code]!.trim();
        labels[header[p.code]!] = cells[p.label]!.trim();
      }
      const flag = flagCodes >= 0 ? (cells[flagCodes] ?? '').trim() : '';
      yield {
        record: {
          row: line,
          dimensions,
          labels,
          territoryDim,
          timeDim: 'TIME',
          indicatorDim,
          value: raw === '' ? null : raw,
          valueColumn: 'Value',
          flags: flag ? [flag] : [],
        },
      };
    }
    if (rows === 0) throw noDataRowsError(options.fileName);
  },
};
