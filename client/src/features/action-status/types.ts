import type { ActionDetail } from '@psm/server/contract';

/** The action as read for an update, with the ETag to send back in If-Match. */
export type ActionForUpdate = { action: ActionDetail; etag: string };
