import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PlanRollup } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { Office } from '../types';

/**
 * The offices known to the API. There is no offices endpoint: the plans' roll-ups list the offices
 * that have actions, which are the ones a manager can be given. Sorted by code, each once.
 */
export async function getOffices(signal?: AbortSignal): Promise<Office[]> {
  const plans = await apiGet<{ items: { code: string }[] }>('/api/plans', { signal });
  const rollups = await Promise.all(plans.items.map((p) => apiGet<PlanRollup>(`/api/plans/${encodeURIComponent(p.code)}/rollup`, { signal })));
  const byCode = new Map<string, Office>();
  for (const r of rollups) for (const o of r.offices) byCode.set(o.code, { code: o.code, name: o.name });
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export const officesQueryOptions = () => queryOptions({ queryKey: queryKeys.users.offices(), queryFn: ({ signal }) => getOffices(signal), staleTime: 5 * 60_000 });

export function useOffices() {
  return useQuery(officesQueryOptions());
}
