import type { Role } from '@psm/server/contract';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD = 12;

export type UserErrorKey =
  | 'emailRequired'
  | 'emailInvalid'
  | 'roleRequired'
  | 'officeOnlyManagers'
  | 'passwordShort'
  | 'passwordLong'
  | 'passwordMismatch'
  | 'nameLong';

/** The password rules of the server (at least 12, at most 1024 characters), and the repeat. */
export function passwordErrors(password: string, repeat: string): { password?: UserErrorKey; repeat?: UserErrorKey } {
  if (password.length < MIN_PASSWORD) return { password: 'passwordShort' };
  if (password.length > 1024) return { password: 'passwordLong' };
  if (password !== repeat) return { repeat: 'passwordMismatch' };
  return {};
}

export type NewUserDraft = { email: string; name: string; role: Role | ''; office: string; password: string; repeat: string };

/** The rules the server applies to a new account, checked before sending. */
export function validateNewUser(d: NewUserDraft): Partial<Record<keyof NewUserDraft, UserErrorKey>> {
  const e: Partial<Record<keyof NewUserDraft, UserErrorKey>> = {};
  if (!d.email.trim()) e.email = 'emailRequired';
  else if (!EMAIL.test(d.email.trim())) e.email = 'emailInvalid';
  if (d.name.trim().length > 200) e.name = 'nameLong';
  if (!d.role) e.role = 'roleRequired';
  else if (d.office.trim() && d.role !== 'manager') e.office = 'officeOnlyManagers';
  return { ...e, ...passwordErrors(d.password, d.repeat) };
}
