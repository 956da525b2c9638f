import type { PlanList } from '../types';

/** The newest edition (latest start year), the default plan of the back-office. */
export function newestPlan(plans: PlanList['items']): string | null {
  return [...plans].sort((a, b) => (b.periodStart ?? 0) - (a.periodStart ?? 0))[0]?.code ?? null;
}
