import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ImportList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { isRunning } from '../utils/job-state';

export const IMPORTS_PAGE_SIZE = 20;

/** GET /api/imports: every batch, newest first (uploads, previews, commits, rollbacks, the seed data). */
export function getImports(page: number, signal?: AbortSignal): Promise<ImportList> {
  return apiGet<ImportList>(`/api/imports?page=${page}&pageSize=${IMPORTS_PAGE_SIZE}`, { signal });
}

export const importsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: [...queryKeys.imports.list(), page] as const,
    queryFn: ({ signal }) => getImports(page, signal),
    placeholderData: keepPreviousData,
    // While one of the listed jobs runs, its status and counts change: refresh now and then.
    refetchInterval: (query) => (query.state.data?.items.some((b) => isRunning(b.status)) ? 2000 : false),
  });

export function useImports(page: number) {
  return useQuery(importsQueryOptions(page));
}
