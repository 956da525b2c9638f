import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OfficeChoices } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api/office-choices: the offices not retired, for the indicator's responsible office. */
export async function getOfficeChoices(signal?: AbortSignal): Promise<OfficeChoices['items']> {
  return (await apiGet<OfficeChoices>('/api/office-choices', { signal })).items;
}

export const officeChoicesQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.offices.choices(), queryFn: ({ signal }) => getOfficeChoices(signal), staleTime: 5 * 60_000 });

export function useOfficeChoices() {
  return useQuery(officeChoicesQueryOptions());
}
