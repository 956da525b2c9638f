import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OfficeList, OfficeOut } from '@psm/server/contract';
import { apiGet } from '../api-client';
import { queryKeys } from '../query-keys';

/** GET /api/offices (admins): every office, active ones first, with its counts and version. */
export async function getOffices(signal?: AbortSignal): Promise<OfficeOut[]> {
  return (await apiGet<OfficeList>('/api/offices', { signal, cache: 'no-cache' })).items;
}

export const officesQueryOptions = () => queryOptions({ queryKey: queryKeys.offices.list(), queryFn: ({ signal }) => getOffices(signal) });

/** The offices: the offices page and the users' office field read the same list. */
export function useOffices() {
  return useQuery(officesQueryOptions());
}
