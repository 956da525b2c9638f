import type { ImportBatchDetail, ImportReport } from '@psm/server/contract';

/** A batch as GET /api/imports/:id answers it; counts and report filled in by the test. */
export function batchOf(over: Partial<ImportBatchDetail> = {}): ImportBatchDetail {
  return {
    id: 7,
    status: 'previewing',
    file: { name: 'eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv', format: 'eurostat-tsv', formatLabel: 'Eurostat bulk TSV', sizeBytes: 15275, checksum: 'abc' },
    options: { indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB', geo: 'IT,ITC1,ITC11,ITC' } },
    source: null,
    counts: { records: 0, filteredOut: 0, missing: 0, inserted: 0, updated: 0, unchanged: 0, errors: 0 },
    progress: null,
    error: null,
    errorCode: null,
    errorParams: null,
    createdBy: 'a@example.org',
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: null,
    committedAt: null,
    rolledBackAt: null,
    rolledBackBy: null,
    report: null,
    ...over,
  };
}

export function reportOf(over: Partial<ImportReport> = {}): ImportReport {
  return {
    status: 'previewed',
    mode: 'preview',
    file: { name: 'eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv', size: 15275, checksum: 'abc', format: 'eurostat-tsv', formatLabel: 'Eurostat bulk TSV' },
    options: { indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB', geo: 'IT,ITC1,ITC11,ITC' } },
    batchId: null,
    alreadyImported: null,
    counts: { records: 1840, filteredOut: 1748, missing: 1, valid: 91, inserted: 23, updated: 0, unchanged: 68, errors: 0 },
    indicators: [{ sourceCode: null, code: 'EUROSTAT_GDP_EUR_HAB', name: 'PIL per abitante (euro)', created: false, rows: 91 }],
    territories: 4,
    periods: { first: '2000', last: '2021' },
    dimensions: [],
    errors: [],
    errorsTruncated: false,
    ...over,
  };
}
