import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RoundCreate, RoundDetail, RoundResendResult } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { roundPath, roundsPath } from './get-rounds';

/** POST /api/plans/:plan/rounds → 201 (400 naming the field, 409 when a round for the period is open). */
export const openRound = async ({ plan, body }: { plan: string; body: RoundCreate }) => (await apiSend<RoundDetail>('POST', roundsPath(plan), { body })).data;

/** POST …/rounds/:id/close → the round, closed. */
export const closeRound = async ({ plan, id }: { plan: string; id: number }) => (await apiSend<RoundDetail>('POST', `${roundPath(plan, id)}/close`)).data;

/** POST …/rounds/:id/resend → 202: to one manager, or (no userId) to every late one. */
export const resendRound = async ({ plan, id, userId }: { plan: string; id: number; userId?: number }) =>
  (await apiSend<RoundResendResult>('POST', `${roundPath(plan, id)}/resend`, { body: userId === undefined ? {} : { userId } })).data;

/** A round write: the round on screen and the list are read again (or replaced by the answer). */
function useRoundMutation<V extends { plan: string }, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (result, v) => {
      if (result && typeof result === 'object' && 'offices' in result) {
        const round = result as unknown as RoundDetail;
        queryClient.setQueryData(queryKeys.rounds.detail(v.plan, round.id), round);
      }
      void queryClient.invalidateQueries({ queryKey: [...queryKeys.rounds.all, v.plan] });
    },
  });
}

export const useOpenRound = () => useRoundMutation(openRound);
export const useCloseRound = () => useRoundMutation(closeRound);
export const useResendRound = () => useRoundMutation(resendRound);
