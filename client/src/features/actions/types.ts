// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { actionDetail, actionStatusList, actionTable } from '@psm/server/contract';
import type { planList } from '@psm/server/contract';

export type ActionTable = z.infer<typeof actionTable>;
export type ActionRow = ActionTable['items'][number];
export type ActionDetail = z.infer<typeof actionDetail>;
export type ActionUpdate = ActionDetail['history'][number];
export type ActionFunding = ActionDetail['fundings'][number];
export type ActionStatusList = z.infer<typeof actionStatusList>;
export type ActionStatus = ActionStatusList['items'][number];
export type BodyRole = NonNullable<ActionRow['bodyRole']>;
export type PlanList = z.infer<typeof planList>;
