import type { Role } from '../contract/values';

/** The roles of an account (issue 4), listed in the contract; the public reads without one. */
export { ROLES, type Role } from '../contract/values';

/**
 * Who made a request that needs authentication: the label shown in batches and the audit log,
 * the account (null for the automation token), its role and, for managers, its office.
 */
export type Actor = { actor: string; userId: number | null; role: Role; officeId: number | null };

/** The roles a route admits; an admin may do everything. */
export const allows = (roles: readonly Role[], role: Role): boolean => role === 'admin' || roles.includes(role);
