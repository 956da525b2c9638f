import { z } from 'zod';
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

export const userIdParams = z.object({ id: z.coerce.number('must be a number').int('must be a whole number').positive('must be positive') });

export const newUserInput = z.strictObject({
  email: z.string().min(1, 'is required'),
  name: z.string().max(200).nullable().optional(),
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`),
  /** Office code, for managers. */
  office: z.string().min(1).nullable().optional(),
  /** At least 12 characters; stored as an argon2id hash only. */
  password: z.string(),
});

/** Only the fields sent change. */
export const userChangeInput = z.strictObject({
  name: z.string().max(200).nullable().optional(),
  role: z.enum(ROLES, `must be one of ${ROLES.join(', ')}`).optional(),
  /** Office code (managers only); null for none. */
  office: z.string().min(1).nullable().optional(),
  /** false disables the account and ends its sessions. */
  active: z.boolean('must be true or false').optional(),
  /** A new password (at least 12 characters) set by the admin, e.g. when one is forgotten; ends the account's sessions. */
  password: z.string().optional(),
});
export type UserChange = z.infer<typeof userChangeInput>;

export const unlockOut = z.object({ email: z.string(), clearedFailures: z.number().int() });
export type UserList = z.infer<typeof userList>;
export type NewUser = z.infer<typeof newUserInput>;
export type UnlockResult = z.infer<typeof unlockOut>;
