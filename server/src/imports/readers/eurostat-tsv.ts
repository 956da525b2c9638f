import { importIssue } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { parseNumber } from '../../lib/text-file';
import { noDataRowsError, readDelimited } from './delimited';
import { firstLine } from './sniff-utils';
import type { FormatReader, ReadItem } from './types';

/** Eurostat's observation flags (b break, c confidential, d definition differs, e estimated, f forecast,
 * n not significant, p provisional, r revised, s Eurostat estimate, u low reliability, z not applicable). */
const FLAG_LETTERS = /^[bcdefnprsuz]*$/;
/** First header cell: "freq,unit,geo\TIME_PERIOD" (current) or "unit,geo\time" (older bulk files). */
const FIRST_CELL = /^([^\t\\]+)\\([^\t]+)$/;

export const eurostatTsvReader: FormatReader<'eurostat-tsv'> = {
  id: 'eurostat-tsv',
  label: 'Eurostat bulk TSV (freq,unit,geo\\TIME_PERIOD)',
  defaultSource: 'eurostat',
  lineBased: true,
  sniff: (head) => FIRST_CELL.test(firstLine(head).split('\t', 1)[0]!.trim()),
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    let dimNames: string[] = [];
    let timeDim = '';
    let periods: string[] = [];
    let territoryDim = '';
    let rows = 0;
    const rowsIter = readDelimited(input, options, {
      delimiter: '\t',
      onHeader: (h) => {
        const m = FIRST_CELL.exec(h[0] ?? '');
        if (!m || h.length < 2) {
          throw new InvalidFileError(options.fileName, [
            importIssue('tsv.badHeader', { found: h.join('\t').slice(0, 120) }, { row: 1 }),
          ]);
        }
        dimNames = m[1]!.split(',').map((d) => d.trim());
        timeDim = m[2]!.trim();
        periods = h.slice(1).map((p) => p.trim());
        territoryDim = dimNames.find((d) => /^geo$/i.test(d)) ?? '';
        if (!territoryDim) {
          throw new InvalidFileError(options.fileName, [importIssue('file.noTerritoryDimension', { expected: ['geo'], found: dimNames }, { row: 1 })]);
        }
      },
    });
    for await (const { line, cells } of rowsIter) {
      rows++;
      const codes = (cells[0] ?? '').split(',').map((c) => c.trim());
      if (codes.length !== dimNames.length || cells.length < 2) {
        yield { issue: importIssue('row.badCodes', { dimensions: dimNames, found: (cells[0] ?? '').slice(0, 80) }, { row: line }) };
        continue;
      }
      if (cells.length < periods.length + 1) {
        yield { issue: importIssue('row.truncated', { found: cells.length, expected: periods.length + 1 }, { row: line }) };
      }
      const base: Record<string, string> = {};
      dimNames.forEach((d, i) => (base[d] = codes[i]!));
      for (let i = 1; i < cells.length && i <= periods.length; i++) {
        const period = periods[i - 1]!;
        // A cell is "value flags" or ": flags"; ':' means not available.
        const m = /^(\S+)(?:\s+(\S*))?$/.exec(cells[i]!.trim());
        if (!m) {
          yield { issue: importIssue('value.emptyCell', {}, { row: line, column: period }) };
          continue;
        }
        const [, raw, flagText = ''] = m;
        // Some files glue the flag to ':' (":c"); split it off the same way.
        const missing = raw!.startsWith(':');
        const flagStr = (missing ? raw!.slice(1) : '') + flagText;
        if (!FLAG_LETTERS.test(flagStr)) {
          yield { issue: importIssue('value.badFlag', { flag: flagStr, value: raw! }, { row: line, column: period }) };
          continue;
        }
        const flags = flagStr.split('');
        if (!missing && parseNumber(raw!, '.') === null) {
          yield { issue: importIssue('value.notNumber', { value: raw! }, { row: line, column: period }) };
          continue;
        }
        yield {
          record: {
            row: line,
            dimensions: { ...base, [timeDim]: period },
            territoryDim,
            timeDim,
            value: missing ? null : raw!,
            valueColumn: period,
            flags,
          },
        };
      }
    }
    if (rows === 0) throw noDataRowsError(options.fileName);
  },
};
