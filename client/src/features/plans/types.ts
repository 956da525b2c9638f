// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { actionStatusList, actionTable, planRollupOut } from '@psm/server/contract';
import type { planContext } from '@psm/server/contract';
import type { planList, planTree } from '@psm/server/contract';

export type PlanList = z.infer<typeof planList>;
export type PlanSummary = PlanList['items'][number];
export type PlanTree = z.infer<typeof planTree>;
export type AxisNode = PlanTree['axes'][number];
export type StrategyNode = AxisNode['strategies'][number];

export type PlanRollup = z.infer<typeof planRollupOut>;
/** The implementation figures of the plan, an axis or a strategy. */
export type Rollup = PlanRollup['plan'];
export type ActionStatusList = z.infer<typeof actionStatusList>;
export type ActionStatus = ActionStatusList['items'][number];
export type ActionTable = z.infer<typeof actionTable>;
export type ActionRow = ActionTable['items'][number];

export type PlanContext = z.infer<typeof planContext>;
/** Indicators of the plan, an axis or a strategy by the direction of their latest change. */
export type TrendCounts = Pick<PlanContext['plan'], 'indicators' | 'improving' | 'worsening' | 'stable' | 'other' | 'demonstration'>;
