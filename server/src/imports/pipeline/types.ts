import type { InputIssue } from '../../errors/errors';
import type { ImportOptions } from './options';

export type ImportMode = 'preview' | 'commit';

export type ImportProgress = {
  phase: 'reading' | 'checking' | 'writing' | 'done';
  rowsDone: number;
  /** Lines of a text file (an upper bound of its rows); null for JSON, XML and XLSX. */
  rowsTotal: number | null;
  bytesDone: number;
  bytesTotal: number;
};

export type ImportCounts = {
  /** Records read from the file (values, missing values and rows in error). */
  records: number;
  /** Left out by the filters. */
  filteredOut: number;
  /** Empty in the file (Eurostat ":", an empty SDMX OBS_VALUE): nothing to store. */
  missing: number;
  /** Checked values. */
  valid: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows with an error. */
  errors: number;
};

export type ImportReport = {
  status: 'previewed' | 'committed' | 'invalid' | 'already_imported';
  mode: ImportMode;
  file: { name: string; size: number; checksum: string; format: string | null; formatLabel: string | null };
  options: ImportOptions;
  batchId: number | null;
  alreadyImported: { batchId: number; committedAt: string } | null;
  counts: ImportCounts;
  indicators: { sourceCode: string | null; code: string; name: string; created: boolean; rows: number }[];
  territories: number;
  periods: { first: string; last: string } | null;
  dimensions: { name: string; values: string[]; more: boolean }[];
  errors: InputIssue[];
  /** True when there were more errors than the list holds (counts.errors has them all). */
  errorsTruncated: boolean;
};

export type ImportContext = {
  mode: ImportMode;
  /** Who: shown in the batch and the audit log. */
  actor: string;
  userId?: number | null;
  /** The API's batch row (status uploaded/committing) to fill in; the CLI lets the commit create one. */
  batchId?: number;
  /** runImport: the file's name when its path does not say it. */
  fileName?: string;
  onProgress?: (p: ImportProgress) => void;
};
