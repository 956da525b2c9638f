import { FilterStep } from '../mapper/filter-step';
import { FILTERED, MISSING, NO_INDICATOR, rowIssue, unknownCode } from '../mapper/rejections';
import { rawRecord } from '../mapper/test-record';
import type { StageRow } from '../stage';
import type { ImportReport } from '../types';
import { emptyReport, MAX_ERRORS, ReportBuilder } from './report-builder';

/** A fresh report of a preview, as an import starts it. */
const freshReport = (): ImportReport => ({
  ...emptyReport('preview', { name: 'f.csv', size: 1, checksum: 'x' }, {}),
  file: { name: 'f.csv', size: 1, checksum: 'x', format: 'tidy-csv', formatLabel: 'tidy CSV' },
});
const staged = (row: number, territoryId: number, period: string, periodStart: string, indicatorId = 1): StageRow => ({
  indicatorId,
  territoryId,
  period,
  periodStart,
  value: 1,
  provisional: false,
  estimated: false,
  breakInSeries: false,
  sourceFlag: null,
  sourceRow: row,
});
const record = (row: number, dims: Record<string, string> = {}) => rawRecord({ ind: 'X', geo: 'IT', time: '2021', ...dims }, { row });

describe('ReportBuilder', () => {
  it('counts records, values, territories, indicators and the first and last period', () => {
    const report = freshReport();
    const b = new ReportBuilder(report, [], false);
    b.record(record(2), staged(2, 7, '2021-Q2', '2021-04-01'));
    b.record(record(3), staged(3, 8, '2020-Q4', '2020-10-01', -1));
    b.record(record(4), staged(4, 7, '2022-Q1', '2022-01-01'));
    b.record(record(5), FILTERED);
    b.record(record(6), MISSING);
    b.readIssue({ row: 7, message: 'Truncated line' });
    b.finish('tidy CSV');
    expect(report.counts).toMatchObject({ records: 6, valid: 3, filteredOut: 1, missing: 1, errors: 1 });
    // An issue without a code gets the generic one, its text as detail: every error of the report has a code.
    expect(report.errors).toEqual([{ row: 7, message: 'Truncated line', code: 'file.unreadable', params: { detail: 'Truncated line' } }]);
    expect(report.territories).toBe(2);
    expect(report.periods).toEqual({ first: '2020-Q4', last: '2022-Q1' });
    expect([...b.rowsByIndicator]).toEqual([
      [1, 2],
      [-1, 1],
    ]);
    expect(b.valueColumn).toBe('value');
  });

  it('reports an unknown code once, with its count and first five rows, after the errors of single rows', () => {
    const report = freshReport();
    const b = new ReportBuilder(report, [], false);
    const ind = unknownCode('ind', 'indicator.unknown', { code: 'X' });
    const geo = unknownCode('geo', 'territory.unknown', { code: 'ITX', label: 'Itaca', dimension: 'geo' });
    for (const row of [2, 3, 3, 4, 5, 6, 7]) b.record(record(row), ind);
    b.record(record(8), { kind: 'unknown-codes', codes: [ind, geo] });
    b.record(record(9), rowIssue(9, 'time', 'period.invalid', { value: '2021/03', formats: '2021' }));
    b.finish('tidy CSV');
    expect(report.counts.errors).toBe(10);
    expect(report.errors).toEqual([
      { row: 9, column: 'time', code: 'period.invalid', params: { value: '2021/03', formats: '2021' }, message: '"2021/03" is not a period: expected 2021.' },
      {
        row: 2,
        column: 'ind',
        code: 'indicator.unknown',
        params: { code: 'X', count: 8, rows: [2, 3, 4, 5, 6], moreRows: true },
        message: expect.stringMatching(/^Unknown indicator "X"\. Map it .*--create-indicators\. \(8 values: rows 2, 3, 4, 5, 6, …\)$/),
      },
      {
        row: 8,
        column: 'geo',
        code: 'territory.unknown',
        params: { code: 'ITX', label: 'Itaca', dimension: 'geo', count: 1, rows: [8], moreRows: false },
        message: expect.stringMatching(/^Unknown territory "ITX" \(Itaca\): .*--filter geo=CODE,CODE… \(1 value: row 8\)$/),
      },
    ]);
  });

  it('says once that the file names no indicator, counting each record', () => {
    const report = freshReport();
    const b = new ReportBuilder(report, [], false);
    b.record(record(2), NO_INDICATOR);
    b.record(record(3), NO_INDICATOR);
    b.finish('Eurostat bulk TSV');
    expect(report.counts.errors).toBe(2);
    expect(report.errors).toEqual([
      {
        name: 'indicator',
        code: 'indicator.missing',
        params: { format: 'Eurostat bulk TSV' },
        message: expect.stringMatching(/^This Eurostat bulk TSV file does not say which indicator.*--indicator CODE\.$/),
      },
    ]);
  });

  it(`lists ${MAX_ERRORS} errors and says there were more`, () => {
    const report = freshReport();
    const b = new ReportBuilder(report, [], false);
    for (let row = 1; row <= MAX_ERRORS + 2; row++) b.readIssue({ row, message: 'bad' });
    b.finish('tidy CSV');
    expect(report.errors).toHaveLength(MAX_ERRORS);
    expect(report.errorsTruncated).toBe(true);
    expect(report.counts.errors).toBe(MAX_ERRORS + 2);
  });

  it('lists the dimensions seen and asks for a filter on one with several values', () => {
    const report = freshReport();
    const b = new ReportBuilder(report, [], false);
    b.record(record(2, { unit: 'EUR', FREQ: 'A' }), staged(2, 7, '2021', '2021-01-01'));
    b.record(record(3, { unit: 'PPS', FREQ: 'A' }), staged(3, 7, '2021', '2021-01-01'));
    b.finish('Eurostat bulk TSV');
    // The indicator, territory and time dimensions, and FREQ, need no filter.
    expect(report.dimensions).toEqual([{ name: 'unit', values: ['EUR', 'PPS'], more: false }]);
    expect(report.errors).toEqual([
      {
        row: 3,
        column: 'unit',
        code: 'dimension.severalValues',
        params: { dimension: 'unit', values: ['EUR', 'PPS'], more: false, suggestion: 'EUR' },
        message: expect.stringMatching(/^"unit" has several values \(EUR, PPS\), .*keep one with --filter unit=EUR\.$/),
      },
    ]);
  });

  it('with --indicator, also asks for a filter on an indicator dimension with several values', () => {
    const report = freshReport();
    const b = new ReportBuilder(report, [], true);
    b.record(record(2, { ind: 'A' }), staged(2, 7, '2021', '2021-01-01'));
    b.record(record(3, { ind: 'B' }), staged(3, 7, '2021', '2021-01-01'));
    b.finish('Eurostat bulk TSV');
    expect(report.errors.map((e) => e.column)).toEqual(['ind']);
  });

  it('checks the filters: a dimension the file lacks, a value no row has', () => {
    const filters = new FilterStep({ sex: 'T', unit: 'EUR,PPS' });
    const report = freshReport();
    const b = new ReportBuilder(report, filters.list, false);
    for (const [row, unit] of [[2, 'EUR'], [3, 'NAC']] as const) {
      const r = record(row, { unit });
      b.record(r, filters.keeps(r) ? staged(row, 7, '2021', '2021-01-01') : FILTERED);
    }
    b.finish('Eurostat bulk TSV');
    expect(report.counts).toMatchObject({ valid: 1, filteredOut: 1, errors: 2 });
    expect(report.errors).toEqual([
      {
        name: 'filter',
        code: 'filter.unknownDimension',
        params: { dimension: 'sex', values: ['T'], dimensions: ['ind', 'geo', 'time', 'unit'] },
        message: 'Filter sex=T: the file has no dimension "sex"; its dimensions are ind, geo, time, unit.',
      },
      {
        name: 'filter',
        column: 'unit',
        code: 'filter.valueNotFound',
        params: { filter: 'unit', dimension: 'unit', value: 'PPS', values: ['EUR', 'NAC'] },
        message: 'Filter unit=PPS: no row has unit=PPS; the file has EUR, NAC.',
      },
    ]);
    // A filtered dimension has its values listed, and several of them are no problem.
    expect(report.dimensions).toEqual([{ name: 'unit', values: ['EUR', 'NAC'], more: false }]);
  });

  it('says why nothing is imported from a file without errors', () => {
    const empty = freshReport();
    new ReportBuilder(empty, [], false).finish('tidy CSV');
    expect(empty.errors).toEqual([{ code: 'file.noValues', params: {}, message: 'The file holds no values.' }]);
    const report = freshReport();
    const b = new ReportBuilder(report, [], false);
    b.record(record(2), FILTERED);
    b.record(record(3), MISSING);
    b.finish('tidy CSV');
    expect(report.errors).toEqual([
      { code: 'file.nothingToImport', params: { filteredOut: 1, missing: 1 }, message: 'No value to import: 1 row(s) left out by the filters, 1 empty.' },
    ]);
    expect(report.counts.errors).toBe(1);
  });
});
