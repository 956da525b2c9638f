import { z } from 'zod';
import { MAX_INT32, safeText } from './common';
import { BATCH_STATUSES, IMPORT_FORMATS, IMPORT_MESSAGE_CODES, INDICATOR_SOURCES } from './values';

/** What the analyst chooses for an import; the same for the CLI and the API. */
export const importOptionsSchema = z
  .object({
    format: z.enum(IMPORT_FORMATS).optional().describe('Force a reader instead of detecting the format.'),
    indicator: safeText().trim().min(1).max(80).optional().describe('Every value of the file belongs to this indicator (our code).'),
    map: z
      .record(safeText().trim().min(1).max(200), safeText().trim().min(1).max(200))
      .optional()
      .describe("Indicator codes of the file mapped to ours: { SOURCE_CODE: OUR_CODE }."),
    createIndicators: z.boolean().optional().describe("Create the indicators the file names and we lack, from the file's codes and labels."),
    filters: z
      .record(safeText().trim().min(1).max(200), safeText().trim().min(1).max(2000))
      .optional()
      .describe('Keep only the rows with these dimension values, e.g. { unit: "EUR_HAB", sex: "T" }.'),
    source: z.enum(INDICATOR_SOURCES).optional().describe('Who publishes the data; by default from the format.'),
  })
  .strict();

export type ImportOptions = z.infer<typeof importOptionsSchema>;

export const importParams = z.object({
  id: safeText()
    .regex(/^[1-9]\d{0,9}$/, 'must be an import batch number such as 12')
    .transform(Number)
    .pipe(z.number().max(MAX_INT32, 'must be an import batch number such as 12'))
    .describe('Import batch number'),
});

export const importListQuery = z.object({
  status: z.enum(BATCH_STATUSES).optional().describe('Only the batches in this status'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

/** The multipart/form-data fields of an upload (documentation of the form; the route reads the stream itself). */
export const uploadForm = z.object({
  file: z.string().meta({ format: 'binary' }).describe('The file: CSV, TSV, XLSX, JSON-stat or SDMX-ML, as published.'),
  format: z.enum(IMPORT_FORMATS).optional().describe('Force a reader instead of detecting the format.'),
  indicator: safeText().optional().describe('Every value of the file belongs to this indicator (our code).'),
  map: z.array(safeText()).optional().describe('Repeatable SOURCE_CODE=OUR_CODE: indicator codes of the file mapped to ours.'),
  filter: z.array(safeText()).optional().describe('Repeatable dimension=value (or dimension=v1,v2): keep only these rows.'),
  createIndicators: z.enum(['true', 'false']).optional().describe('true: create the indicators the file names and we lack.'),
  source: z.enum(INDICATOR_SOURCES).optional().describe('Who publishes the data; by default from the format.'),
});

const progress = z.object({
  /** reading the file, checking it against the database, writing (commit), done. */
  phase: z.enum(['reading', 'checking', 'writing', 'done']),
  rowsDone: z.number().int(),
  /** Lines of a text file (an upper bound of its rows); null for JSON, XML and XLSX. */
  rowsTotal: z.number().int().nullable(),
  bytesDone: z.number().int(),
  bytesTotal: z.number().int(),
  /** 0-100, from rows when their total is known, otherwise from bytes. */
  percent: z.number().int(),
});

export type ImportMessageCode = (typeof IMPORT_MESSAGE_CODES)[number];

const issue = z.object({
  row: z.number().int().optional(),
  column: z.string().optional(),
  name: z.string().optional(),
  message: z.string().describe('The problem in English, worded for the command line.'),
  /** Kept a plain string: a client older than the server falls back to `message` on a code it does not know. */
  code: z.string().optional().describe('Stable code of the problem (one of IMPORT_MESSAGE_CODES) to show it in the user\'s language.'),
  params: z.record(z.string(), z.unknown()).optional().describe("The values the problem's text names (dimension, values, row…)."),
});

/** What the preview or the commit found (see the import pipeline). */
export const importReport = z.object({
  status: z.enum(['previewed', 'committed', 'invalid', 'already_imported']),
  mode: z.enum(['preview', 'commit']),
  file: z.object({ name: z.string(), size: z.number().int(), checksum: z.string(), format: z.string().nullable(), formatLabel: z.string().nullable() }),
  options: importOptionsSchema,
  batchId: z.number().int().nullable(),
  /** The batch that already imported this file with these options: nothing to do. */
  alreadyImported: z.object({ batchId: z.number().int(), committedAt: z.string() }).nullable(),
  counts: z.object({
    records: z.number().int(),
    filteredOut: z.number().int(),
    missing: z.number().int(),
    valid: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.number().int(),
  }),
  indicators: z.array(
    z.object({ sourceCode: z.string().nullable(), code: z.string(), name: z.string(), created: z.boolean(), rows: z.number().int() }),
  ),
  territories: z.number().int(),
  periods: z.object({ first: z.string(), last: z.string() }).nullable(),
  dimensions: z.array(z.object({ name: z.string(), values: z.array(z.string()), more: z.boolean() })),
  /** Every problem, by row and column of the file (or option name). */
  errors: z.array(issue),
  errorsTruncated: z.boolean(),
});

export const importBatch = z.object({
  id: z.number().int(),
  /**
   * uploaded (preview queued) → previewing → previewed | invalid | failed; commit: committing → committed
   * (or back to previewed when the file was imported meanwhile, invalid, failed); rolled_back.
   */
  status: z.enum(BATCH_STATUSES),
  file: z.object({
    name: z.string(),
    /** Reader id; "unknown" until the preview has recognised the file. */
    format: z.string(),
    formatLabel: z.string().nullable(),
    sizeBytes: z.number().int().nullable(),
    /** SHA-256 of the file. */
    checksum: z.string(),
  }),
  /** The options of the upload (format, indicator, map, createIndicators, filters, source); seed batches carry their own. */
  options: z.record(z.string(), z.unknown()),
  source: z.string().nullable(),
  /** Rows of the file (preview: what the commit would do; commit: what it did). */
  counts: z.object({
    records: z.number().int(),
    filteredOut: z.number().int(),
    missing: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.number().int(),
  }),
  /** How far the running preview or commit has got; null when no job runs in the process that answers. */
  progress: progress.nullable(),
  /** Why the job failed (not an error in the file: those are in report.errors). */
  error: z.string().nullable(),
  /** The same failure as a code and its params (job.interrupted, job.databaseAway, job.failed), for the screens. */
  errorCode: z.string().nullable(),
  errorParams: z.record(z.string(), z.unknown()).nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
  committedAt: z.string().nullable(),
  rolledBackAt: z.string().nullable(),
  rolledBackBy: z.string().nullable(),
});

export const importBatchDetail = importBatch.extend({ report: importReport.nullable() });

export const importList = z.object({
  items: z.array(importBatch),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

export const rollbackResult = z.object({
  batchId: z.number().int(),
  /** Values the batch had added, now removed. */
  removed: z.number().int(),
  /** Earlier values the batch had revised, current again. */
  restored: z.number().int(),
  /** Indicators the batch had created and nothing else used. */
  indicatorsRemoved: z.array(z.string()),
});

export type UploadForm = z.infer<typeof uploadForm>;
export type ImportReport = z.infer<typeof importReport>;
/** A problem of an import file, by row and column (or option name). */
export type ImportIssue = ImportReport['errors'][number];
/** One of the `errors[]` of a 400 or 422 problem+json: a field by `name`, or a file's `row` and `column` (the same shape). */
export type ProblemIssue = ImportIssue;
export type ImportBatch = z.infer<typeof importBatch>;
export type ImportProgress = NonNullable<ImportBatch['progress']>;
export type ImportBatchDetail = z.infer<typeof importBatchDetail>;
export type ImportList = z.infer<typeof importList>;
export type RollbackResult = z.infer<typeof rollbackResult>;
