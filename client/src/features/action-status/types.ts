// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { actionDetail, actionStatusList, actionTable } from '../../../../server/src/routes/api/actions/schema';
import type { planList } from '../../../../server/src/routes/api/plans/schema';
import type { actionUpdateInput } from '../../../../server/src/level2/update-input';

export type ActionTable = z.infer<typeof actionTable>;
export type ActionRow = ActionTable['items'][number];
export type ActionDetail = z.infer<typeof actionDetail>;
export type ActionStatus = z.infer<typeof actionStatusList>['items'][number];
export type ActionUpdateBody = z.infer<typeof actionUpdateInput>;
export type PlanList = z.infer<typeof planList>;
/** The action as read for an update, with the ETag to send back in If-Match. */
export type ActionForUpdate = { action: ActionDetail; etag: string };
