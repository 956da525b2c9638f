import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ImportBatchDetail } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { isRunning } from '../utils/job-state';

/** How often a running preview or commit is asked for its progress. */
export const POLL_MS = 500;

/** GET /api/imports/:id: status, progress while a job runs, and the report with every error. */
export function getImport(id: number, signal?: AbortSignal): Promise<ImportBatchDetail> {
  return apiGet<ImportBatchDetail>(`/api/imports/${id}`, { signal });
}

export const importQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.imports.detail(id),
    queryFn: ({ signal }) => getImport(id, signal),
    // A batch changes only while its job runs: poll then, stop after.
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? POLL_MS : false),
    refetchIntervalInBackground: false,
  });

export function useImport(id: number) {
  return useQuery(importQueryOptions(id));
}
