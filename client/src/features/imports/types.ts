// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { importBatch, importBatchDetail, importList, rollbackResult, uploadForm } from '@psm/server/contract';

export type ImportBatch = z.infer<typeof importBatch>;
export type ImportBatchDetail = z.infer<typeof importBatchDetail>;
export type ImportList = z.infer<typeof importList>;
export type ImportReport = NonNullable<ImportBatchDetail['report']>;
export type ImportIssue = ImportReport['errors'][number];
export type ImportProgress = NonNullable<ImportBatch['progress']>;
export type BatchStatus = ImportBatch['status'];
export type RollbackResult = z.infer<typeof rollbackResult>;

export type FormatId = NonNullable<z.infer<typeof uploadForm>['format']>;
export type SourceId = NonNullable<z.infer<typeof uploadForm>['source']>;

export { IMPORT_FORMATS as FORMATS, INDICATOR_SOURCES as SOURCES } from '@psm/server/contract/values';

/** What the analyst fills in beside the file; lists are one `A=B` per line, as the form shows them. */
export type UploadOptions = {
  indicator: string;
  source: SourceId | '';
  format: FormatId | '';
  filters: string;
  map: string;
  createIndicators: boolean;
};
