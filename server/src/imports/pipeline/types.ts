import type { ImportProgress as ContractProgress, ImportReport } from '../../contract/imports';

// The report and its progress are part of the API contract (GET /api/imports/:id): one definition each.
export type ImportMode = ImportReport['mode'];
export type { ImportReport };

/** How far a job has got; the API adds the percentage. */
export type ImportProgress = Omit<ContractProgress, 'percent'>;

export type ImportCounts = ImportReport['counts'];

export type ImportContext = {
  mode: ImportMode;
  /** Who: shown in the batch and the audit log. */
  actor: string;
  userId?: number | null;
  /** The API's batch row (status uploaded/committing) to fill in; the CLI lets the commit create one. */
  batchId?: number;
  /** The API process running the job: a commit writes only while the batch is still that process's job. */
  workerId?: number;
  /** runImport: the file's name when its path does not say it. */
  fileName?: string;
  onProgress?: (p: ImportProgress) => void;
  /** Heap (MB) of the worker process the file is read in (default DEFAULT_READ_MEMORY_MB). */
  readMemoryMb?: number;
};
