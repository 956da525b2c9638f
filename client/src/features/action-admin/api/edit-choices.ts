import { useQuery } from '@tanstack/react-query';
import type { TerritoryList, UserList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { useOffices } from '../../../lib/api/get-offices';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/users (admins): the accounts a responsible person is chosen among. */
const getUsers = (signal?: AbortSignal) => apiGet<UserList>('/api/users', { signal, cache: 'no-cache' });

/** GET /api/territories?level=zona_omogenea: the zone omogenee of the territories table (11 in Torino). */
const getZones = (signal?: AbortSignal) => apiGet<TerritoryList>('/api/territories?level=zona_omogenea', { signal });

/** What the details form offers: offices, accounts, zone omogenee (one loading state for the three). */
export function useEditChoices() {
  const offices = useOffices();
  const users = useQuery({ queryKey: queryKeys.users.list(), queryFn: ({ signal }) => getUsers(signal) });
  const zones = useQuery({ queryKey: queryKeys.territories.list({ level: 'zona_omogenea' }), queryFn: ({ signal }) => getZones(signal), staleTime: 10 * 60_000 });
  const all = [offices, users, zones] as const;
  return {
    isPending: all.some((q) => q.isPending),
    error: all.find((q) => q.isError)?.error ?? null,
    refetch: () => all.forEach((q) => void q.refetch()),
    data: offices.data && users.data && zones.data ? { offices: offices.data, users: users.data.items, zones: zones.data.items } : undefined,
  };
}
