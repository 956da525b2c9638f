import { z } from 'zod';
import { safeText } from './common';

/** Whether the install still needs its first administrator (no active admin account yet). */
export const setupState = z.object({ needed: z.boolean() });
export type SetupState = z.infer<typeof setupState>;

/** The first administrator, with the one-time code the server printed on its console. */
export const setupBody = z.strictObject({
  /** The one-time code printed on the server's console (ABCD-EFGH-JKLM; case and dashes do not matter). */
  code: safeText().trim().min(1, 'is required').max(100),
  name: safeText().trim().max(200).optional(),
  email: safeText().trim().min(1, 'is required').max(320),
  /** At least 12 characters. */
  password: safeText().min(1, 'is required').max(1024),
});
export type SetupBody = z.infer<typeof setupBody>;
