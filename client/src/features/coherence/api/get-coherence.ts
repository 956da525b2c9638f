import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CoherenceMatrix, ToolList } from '@psm/server/contract';
import type { Language } from '../../../i18n/i18n';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type CoherenceFilters = { asse: string; strumento: string };

const query = (filters: Partial<CoherenceFilters>, extra: Record<string, string> = {}) => {
  const q = new URLSearchParams({ ...extra, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => !!v)) }).toString();
  return q ? `?${q}` : '';
};

/** GET /api/plans/:plan/coherence: the matrix axes → strategies → actions × tools, with the gaps. */
export function getCoherence(plan: string, filters: Partial<CoherenceFilters>, signal?: AbortSignal): Promise<CoherenceMatrix> {
  return apiGet<CoherenceMatrix>(`/api/plans/${encodeURIComponent(plan)}/coherence${query(filters)}`, { signal });
}

export function useCoherence(plan: string, filters: Partial<CoherenceFilters>) {
  return useQuery(
    queryOptions({
      queryKey: queryKeys.planningTools.coherence(plan, filters),
      queryFn: ({ signal }) => getCoherence(plan, filters, signal),
      staleTime: 60_000,
      placeholderData: keepPreviousData,
    }),
  );
}

/** GET /api/planning-tools: every tool, for the tool filter. */
export function useToolChoices() {
  return useQuery({
    queryKey: queryKeys.planningTools.list(),
    queryFn: ({ signal }) => apiGet<ToolList>('/api/planning-tools', { signal }),
    staleTime: 60_000,
  });
}

/** The download of the shown view (same filters), headers in the page's language. */
export const coherenceDownloadUrl = (plan: string, format: 'csv' | 'xlsx', filters: Partial<CoherenceFilters>, lang: Language) =>
  `/api/plans/${encodeURIComponent(plan)}/coherence/download${query(filters, { format, ...(lang === 'en' ? { lang: 'en' } : {}) })}`;
