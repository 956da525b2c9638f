import type { ActionStatus, PlanContext, PlanRollup } from '@psm/server/contract';
import { usePlanContext } from '../api/get-plan-context';
import { usePlanRollup } from '../../../lib/api/get-plan-rollup';
import { useActionStatuses } from '../../../lib/api/get-action-statuses';

export type PlanLevels = {
  /** Level 1: the context trend (undefined while loading or after an error). */
  context: PlanContext | undefined;
  /** Level 2: the implementation roll-up. */
  rollup: PlanRollup | undefined;
  statuses: readonly ActionStatus[] | undefined;
  pending: boolean;
  /** The first failure, if any: the page shows it once, and the parts it feeds say "not available". */
  error: unknown;
  retry: () => void;
};

/** The two monitoring levels of a plan, fetched side by side; the plan structure does not wait for them. */
export function usePlanLevels(plan: string): PlanLevels {
  const context = usePlanContext(plan);
  const rollup = usePlanRollup(plan);
  const statuses = useActionStatuses();
  const queries = [context, rollup, statuses];
  return {
    context: context.data,
    rollup: rollup.data,
    statuses: statuses.data?.items,
    pending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.isError)?.error ?? null,
    retry: () => queries.filter((q) => q.isError).forEach((q) => void q.refetch()),
  };
}
