import type { InputIssue } from '../../../errors/errors';
import { importIssue, withCode } from '../../messages';
import type { RawRecord, ReadIssue } from '../../readers/types';
import type { RecordFilter } from '../mapper/filter-step';
import { FILTERED, type Rejection } from '../mapper/rejections';
import type { StageRow } from '../stage';
import type { ImportReport } from '../types';
import { DimensionsSeen } from './dimensions-seen';
import { UnknownCodes } from './unknown-codes';

/** Errors listed in the report; counts.errors has them all. */
export const MAX_ERRORS = 1000;

/**
 * Fills the report's counts, errors, dimensions, territories and periods while the file is read, record
 * by record, and completes them once it has been read.
 */
export class ReportBuilder {
  /** Staged values per indicator (negative ids: indicators to create). */
  readonly rowsByIndicator = new Map<number, number>();
  /** The column values are read from, for errors found later (duplicates). */
  valueColumn: string | null = null;
  private readonly dimensions: DimensionsSeen;
  private readonly unknownCodes = new UnknownCodes();
  private readonly territories = new Set<number>();
  private noIndicator = false;
  private firstStart = '';
  private firstPeriod = '';
  private lastStart = '';
  private lastPeriod = '';

  constructor(
    private readonly report: ImportReport,
    filters: readonly RecordFilter[],
    indicatorFixed: boolean,
  ) {
    this.dimensions = new DimensionsSeen(filters, indicatorFixed);
  }

  /** A problem the reader found in a record (a truncated line, a value that is not a number). */
  readIssue(issue: ReadIssue): void {
    this.report.counts.records++;
    this.addError(issue);
  }

  /** A record read and mapped: `out` is its staged row or why it is not staged. */
  record(r: RawRecord, out: StageRow | Rejection): void {
    const counts = this.report.counts;
    counts.records++;
    this.valueColumn ??= r.valueColumn;
    this.dimensions.note(r, counts.records, out !== FILTERED);
    if ('kind' in out) this.reject(out, r.row);
    else this.staged(out);
  }

  private staged(row: StageRow): void {
    this.report.counts.valid++;
    this.rowsByIndicator.set(row.indicatorId, (this.rowsByIndicator.get(row.indicatorId) ?? 0) + 1);
    this.territories.add(row.territoryId);
    if (!this.firstStart || row.periodStart < this.firstStart) {
      this.firstStart = row.periodStart;
      this.firstPeriod = row.period;
    }
    if (!this.lastStart || row.periodStart > this.lastStart) {
      this.lastStart = row.periodStart;
      this.lastPeriod = row.period;
    }
  }

  private reject(out: Rejection, row: number): void {
    const counts = this.report.counts;
    switch (out.kind) {
      case 'filtered':
        counts.filteredOut++;
        return;
      case 'missing':
        counts.missing++;
        return;
      case 'no-indicator':
        // Said once for the whole file, when it has been read.
        this.noIndicator = true;
        counts.errors++;
        return;
      case 'row-issue':
        this.addError(out.issue);
        return;
      case 'unknown-code':
        counts.errors++;
        this.unknownCodes.add(out, row);
        return;
      case 'unknown-codes':
        if (out.noIndicator) this.noIndicator = true;
        for (const code of out.codes) this.reject(code, row);
        return;
    }
  }

  private addError(issue: InputIssue): void {
    this.report.counts.errors++;
    if (this.report.errors.length < MAX_ERRORS) this.report.errors.push(withCode(issue));
    else this.report.errorsTruncated = true;
  }

  /** The file has been read: the problems only the whole file shows, and what the report sums up. */
  finish(formatLabel: string): void {
    const { report } = this;
    const counts = report.counts;
    // Each of their rows is counted already.
    for (const issue of this.unknownCodes.issues()) if (report.errors.length < MAX_ERRORS) report.errors.push(issue);
    if (this.noIndicator) {
      report.errors.push(importIssue('indicator.missing', { format: formatLabel }, { name: 'indicator' }));
    }
    for (const issue of [...this.dimensions.filterProblems(), ...this.dimensions.severalValues()]) {
      counts.errors++;
      report.errors.push(issue);
    }
    report.dimensions.push(...this.dimensions.summary());
    report.territories = this.territories.size;
    report.periods = this.firstStart ? { first: this.firstPeriod, last: this.lastPeriod } : null;
    if (counts.valid === 0 && counts.errors === 0 && report.errors.length === 0) {
      counts.errors++;
      report.errors.push(
        counts.records === 0 ? importIssue('file.noValues', {}) : importIssue('file.nothingToImport', { filteredOut: counts.filteredOut, missing: counts.missing }),
      );
    }
  }
}

/** The report of an import before any record is read: nothing counted, status `invalid` until it succeeds. */
export function emptyReport(mode: ImportReport['mode'], file: { name: string; size: number; checksum: string }, options: ImportReport['options']): ImportReport {
  return {
    status: 'invalid',
    mode,
    file: { ...file, format: null, formatLabel: null },
    options,
    batchId: null,
    alreadyImported: null,
    counts: { records: 0, filteredOut: 0, missing: 0, valid: 0, inserted: 0, updated: 0, unchanged: 0, errors: 0 },
    indicators: [],
    territories: 0,
    periods: null,
    dimensions: [],
    errors: [],
    errorsTruncated: false,
  };
}
