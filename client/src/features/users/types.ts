// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { newUserInput, unlockOut, userChangeInput, userList, userOut } from '@psm/server/contract';
import type { planRollupOut } from '@psm/server/contract';

export type User = z.infer<typeof userOut>;
export type UserList = z.infer<typeof userList>;
export type NewUser = z.infer<typeof newUserInput>;
export type UserChange = z.infer<typeof userChangeInput>;
export type UnlockResult = z.infer<typeof unlockOut>;
export type Role = User['role'];
export type Office = { code: string; name: string };
export type PlanRollup = z.infer<typeof planRollupOut>;
