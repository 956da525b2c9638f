import { z } from 'zod';
import { idParam, safeText } from './common';
import { ROLES } from './values';

export const userOut = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(ROLES),
  /** Code of the office (managers). */
  office: z.string().nullable(),
  /** A disabled account cannot log in and has no sessions. */
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserOut = z.infer<typeof userOut>;
export const userList = z.object({ items: z.array(userOut) });

export const userIdParams = z.object({ id: idParam });

export const newUserInput = z.strictObject({
  email: safeText().min(1, 'is required').max(320),
  name: safeText().max(200).nullable().optional(),
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`),
  /** Office code, for managers. */
  office: safeText().min(1).max(100).nullable().optional(),
  /** At least 12 characters; stored as an argon2id hash only. */
  password: safeText().max(1024),
});

/** Only the fields sent change. */
export const userChangeInput = z.strictObject({
  name: safeText().max(200).nullable().optional(),
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`).optional(),
  /** Office code (managers only); null for none. */
  office: safeText().min(1).max(100).nullable().optional(),
  /** false disables the account and ends its sessions. */
  active: z.boolean('must be true or false').optional(),
  /** A new password (at least 12 characters) set by the admin, e.g. when one is forgotten; ends the account's sessions. */
  password: safeText().max(1024).optional(),
});
export type UserChange = z.infer<typeof userChangeInput>;

export const unlockOut = z.object({ email: z.string(), clearedFailures: z.number().int() });
export type UserList = z.infer<typeof userList>;
export type NewUser = z.infer<typeof newUserInput>;
export type UnlockResult = z.infer<typeof unlockOut>;
