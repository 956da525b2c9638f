import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportOut } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type ReportListItem = Omit<ReportOut, 'sections'> & { sectionCount: number };

/** GET /api/reports: every report, latest changed first (revalidated: the back-office shows what the server holds). */
export const getReports = async (signal?: AbortSignal) => (await apiGet<{ items: ReportListItem[] }>('/api/reports', { signal, cache: 'no-cache' })).items;

export const reportsQueryOptions = () => queryOptions({ queryKey: queryKeys.reports.list(), queryFn: ({ signal }) => getReports(signal) });

export const useReports = () => useQuery(reportsQueryOptions());
