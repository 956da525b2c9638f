// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { actionDetail, actionStatusList, actionTable } from '@psm/server/contract';
import type { planList } from '@psm/server/contract';
import type { actionUpdateInput } from '@psm/server/contract';

export type ActionTable = z.infer<typeof actionTable>;
export type ActionRow = ActionTable['items'][number];
export type ActionDetail = z.infer<typeof actionDetail>;
export type ActionStatus = z.infer<typeof actionStatusList>['items'][number];
export type ActionUpdateBody = z.infer<typeof actionUpdateInput>;
export type PlanList = z.infer<typeof planList>;
/** The action as read for an update, with the ETag to send back in If-Match. */
export type ActionForUpdate = { action: ActionDetail; etag: string };
