import { z } from 'zod';
import { safeText } from './common';
import { ROLES } from './values';

export const loginBody = z.object({
  /** The account's e-mail (case does not matter). */
  email: safeText().trim().min(1).max(320).describe("The account's e-mail"),
  password: safeText().min(1).max(1024).describe('The password'),
});

export const sessionUser = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(ROLES).describe('admin: users and plan structure; analyst: indicators and imports; manager: status of their actions'),
  officeId: z.number().int().nullable().describe("A manager's office"),
  office: z.object({ code: z.string(), name: z.string() }).nullable().describe("A manager's office: code and name"),
});

export const sessionInfo = z.object({
  user: sessionUser,
  /** To send in the X-CSRF-Token header of every write made with the session cookie. */
  csrfToken: z.string().describe('Send it in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE'),
});

/** The session if there is one: a visitor gets nulls (200), never 401. */
export const sessionState = z.object({
  user: sessionUser.nullable(),
  csrfToken: z.string().nullable().describe('Send it in the X-CSRF-Token header of every write; null for a visitor'),
});

export const loggedOut = z.object({ loggedOut: z.literal(true) });

export type LoginBody = z.infer<typeof loginBody>;
export type SessionInfo = z.infer<typeof sessionInfo>;
export type SessionState = z.infer<typeof sessionState>;
