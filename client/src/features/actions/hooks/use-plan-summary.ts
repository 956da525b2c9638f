import { usePlans } from '../../../lib/api/get-plans';

/** The plan edition's summary (title, counts) for breadcrumbs; undefined while loading or when unknown. */
export function usePlanSummary(plan: string) {
  const query = usePlans();
  return query.data?.items.find((p) => p.code === plan);
}
