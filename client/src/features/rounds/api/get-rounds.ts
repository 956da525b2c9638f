import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RoundDetail, RoundList } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const roundsPath = (plan: string) => `/api/plans/${encodeURIComponent(plan)}/rounds`;
export const roundPath = (plan: string, id: number) => `${roundsPath(plan)}/${id}`;

/** GET /api/plans/:plan/rounds: the plan's rounds, newest first, and whether e-mail is configured. */
export const getRounds = (plan: string, signal?: AbortSignal) => apiGet<RoundList>(roundsPath(plan), { signal, cache: 'no-cache' });

export const roundsQueryOptions = (plan: string) => queryOptions({ queryKey: queryKeys.rounds.list(plan), queryFn: ({ signal }) => getRounds(plan, signal) });

export const useRounds = (plan: string | null) => useQuery({ ...roundsQueryOptions(plan ?? ''), enabled: !!plan });

/** GET /api/plans/:plan/rounds/:id: the progress per office and manager, the last e-mails. */
export const getRound = (plan: string, id: number, signal?: AbortSignal) => apiGet<RoundDetail>(roundPath(plan, id), { signal, cache: 'no-cache' });

/** Read again every 30 s while the page is open: managers report and e-mails go out meanwhile. */
export const roundQueryOptions = (plan: string, id: number) =>
  queryOptions({ queryKey: queryKeys.rounds.detail(plan, id), queryFn: ({ signal }) => getRound(plan, id, signal), refetchInterval: 30_000 });

export const useRound = (plan: string, id: number) => useQuery(roundQueryOptions(plan, id));
