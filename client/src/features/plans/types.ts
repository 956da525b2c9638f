// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { planList, planTree } from '../../../../server/src/routes/api/plans/schema';

export type PlanList = z.infer<typeof planList>;
export type PlanSummary = PlanList['items'][number];
export type PlanTree = z.infer<typeof planTree>;
export type AxisNode = PlanTree['axes'][number];
export type StrategyNode = AxisNode['strategies'][number];
