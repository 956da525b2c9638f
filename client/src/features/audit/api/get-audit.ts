import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditPage } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The audit log's filters as the API names them (empty ones left out), with the page. */
export type AuditFilterValues = { resourceType: string; resourceId: string; user: string; action: string; from: string; to: string };
export const PAGE_SIZE = 25;

export function auditSearch(f: AuditFilterValues, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v.trim()) params.set(k, v.trim());
  return params.toString();
}

/** The CSV export of the same filters (every matching entry, up to the server's cap). */
export const auditCsvUrl = (f: AuditFilterValues) => `/api/audit/export?${auditSearch(f, { format: 'csv' })}`;

/** GET /api/audit (admins): one page of entries, newest first. */
export const getAudit = (f: AuditFilterValues, page: number, signal?: AbortSignal) =>
  apiGet<AuditPage>(`/api/audit?${auditSearch(f, { page: String(page), pageSize: String(PAGE_SIZE) })}`, { signal, cache: 'no-cache' });

export const auditQueryOptions = (f: AuditFilterValues, page: number) =>
  queryOptions({ queryKey: queryKeys.audit.list({ ...f, page }), queryFn: ({ signal }) => getAudit(f, page, signal), placeholderData: keepPreviousData });

export function useAudit(f: AuditFilterValues, page: number) {
  return useQuery(auditQueryOptions(f, page));
}
