import { importIssue } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { missingColumnsError, noDataRowsError, readDelimited } from './delimited';
import { firstLine } from './sniff-utils';
import { hasTidyHeader, isNumberText, mapTidyColumns, tidyRecord, type TidyColumns } from './tidy-layout';
import type { FormatReader, ReadItem } from './types';

const LABEL = 'tidy CSV';
export const tidyCsvReader: FormatReader<'tidy-csv'> = {
  id: 'tidy-csv',
  label: 'CSV semplice / tidy CSV (indicatore, territorio, periodo, valore, flag)',
  defaultSource: 'other',
  lineBased: true,
  sniff: (head) => {
    const cells = firstLine(head).split(/[;,\t]/).map((c) => c.replace(/^"|"$/g, ''));
    return hasTidyHeader(cells);
  },
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    let header: string[] = [];
    let col: TidyColumns = { indicator: -1, territory: -1, period: -1, value: -1, flag: -1 };
    let rows = 0;
    const rowsIter = readDelimited(input, options, {
      candidates: [';', ',', '\t'],
      onHeader: (h, delimiter) => {
        header = h;
        const mapped = mapTidyColumns(h);
        col = mapped.col;
        const missing = mapped.missing;
        if (missing.length) throw missingColumnsError(options.fileName, LABEL, h, missing, delimiter);
      },
    });
    for await (const { line, cells } of rowsIter) {
      rows++;
      // The flag column is optional, so a short line may still hold everything required.
      const required = Math.max(col.indicator, col.territory, col.period, col.value) + 1;
      if (cells.length < required) {
        yield { issue: importIssue('row.truncated', { found: cells.length, expected: required }, { row: line }) };
        continue;
      }
      const raw = cells[col.value]!.trim();
      if (raw !== '' && !isNumberText(raw)) {
        yield { issue: importIssue('value.notNumber', { value: raw }, { row: line, column: header[col.value]! }) };
        continue;
      }
      // An empty cell is a missing value, kept so the pipeline can tell "absent" from "not in the file".
      yield { record: tidyRecord(line, header, col, (i) => (cells[i] ?? '').trim(), raw === '' ? null : raw) };
    }
    if (rows === 0) {
      if (!header.length) throw new InvalidFileError(options.fileName, [importIssue('file.empty', {})]);
      throw noDataRowsError(options.fileName);
    }
  },
};
