import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportOut } from '@psm/server/contract';
import { apiGetWithEtag } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type ReportForEdit = { report: ReportOut; etag: string };

export const reportPath = (id: number) => `/api/reports/${id}`;

/** GET /api/reports/:id with its ETag ("v<version>-…"), the If-Match of every change. */
export async function getReport(id: number, signal?: AbortSignal): Promise<ReportForEdit> {
  const { data, etag } = await apiGetWithEtag<ReportOut>(reportPath(id), { signal, cache: 'no-cache' });
  return { report: data, etag: etag ?? `"v${data.version}-"` };
}

/** Read once and kept: the version on screen is the one a save is checked against, never changed behind the author's back. */
export const reportQueryOptions = (id: number) =>
  queryOptions({
    queryKey: queryKeys.reports.detail(id),
    queryFn: ({ signal }) => getReport(id, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const useReport = (id: number) => useQuery(reportQueryOptions(id));
