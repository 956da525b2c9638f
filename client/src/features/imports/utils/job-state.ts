import type { BatchStatus, ImportBatchDetail } from '@psm/server/contract';

/** The wizard's four steps; the upload is step 1, before any batch exists. */
export const STEPS = ['upload', 'preview', 'confirm', 'done'] as const;
export type Step = (typeof STEPS)[number];

/** A job runs in the server (preview or commit): the page polls while it does. */
export const isRunning = (status: BatchStatus | undefined): boolean =>
  status === 'uploaded' || status === 'previewing' || status === 'committing';

/** Where a batch stands in the wizard: a clean preview waits for the confirmation. */
export function stepOf(batch: Pick<ImportBatchDetail, 'status' | 'report'>): Step {
  switch (batch.status) {
    case 'uploaded':
    case 'previewing':
    case 'invalid':
    case 'failed':
      return 'preview';
    case 'previewed':
      return batch.report?.alreadyImported ? 'preview' : 'confirm';
    case 'committing':
      return 'confirm';
    case 'committed':
    case 'rolled_back':
      return 'done';
  }
}

/** The server accepts the commit only for a preview without errors of a file not imported before. */
export const canCommit = (batch: Pick<ImportBatchDetail, 'status' | 'report'>): boolean =>
  batch.status === 'previewed' && !batch.report?.alreadyImported && (batch.report?.counts.errors ?? 0) === 0;
