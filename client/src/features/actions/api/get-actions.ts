import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ActionTable } from '@psm/server/contract';
import type { Language } from '../../../i18n/i18n';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { OVERDUE_ONLY, type ActionFilters } from '../utils/filter-actions';

const actionsPath = (plan: string) => `/api/plans/${encodeURIComponent(plan)}/actions`;

/** GET /api/plans/:plan/actions: every action with its current status, progress and "da aggiornare". */
export function getActions(plan: string, signal?: AbortSignal): Promise<ActionTable> {
  return apiGet<ActionTable>(actionsPath(plan), { signal });
}

/** The page's filter (its URL name) → the download route's parameter. */
const DOWNLOAD_PARAMS = { q: 'q', asse: 'axis', strategia: 'strategy', stato: 'status', zona: 'zone', ufficio: 'office', fonte: 'funding' } as const;

/**
 * GET /api/plans/:plan/actions/download: the actions the page's filters select, as a file with headers
 * in the page's language (Italian, the server's default, is not written).
 */
export function actionsDownloadUrl(plan: string, format: 'csv' | 'xlsx', filters: Partial<ActionFilters>, lang: Language): string {
  const params = new URLSearchParams({ format });
  for (const [key, name] of Object.entries(DOWNLOAD_PARAMS) as [keyof typeof DOWNLOAD_PARAMS, string][]) {
    const value = filters[key]?.trim();
    if (value) params.set(name, value);
  }
  if (filters.ritardo === OVERDUE_ONLY) params.set('overdue', 'true');
  if (lang !== 'it') params.set('lang', lang);
  return `${actionsPath(plan)}/download?${params.toString()}`;
}

export const actionsQueryOptions = (plan: string) =>
  queryOptions({
    queryKey: queryKeys.actions.table(plan),
    queryFn: ({ signal }) => getActions(plan, signal),
    staleTime: 60_000,
  });

export function useActions(plan: string) {
  return useQuery(actionsQueryOptions(plan));
}
