/** The roles of an account (issue 4). The public reads without one. */
export const ROLES = ['admin', 'analyst', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who made a request that needs authentication: the label shown in batches and the audit log,
 * the account (null for the automation token), its role and, for managers, its office.
 */
export type Actor = { actor: string; userId: number | null; role: Role; officeId: number | null };

/** The roles a route admits; an admin may do everything. */
export const allows = (roles: readonly Role[], role: Role): boolean => role === 'admin' || roles.includes(role);
