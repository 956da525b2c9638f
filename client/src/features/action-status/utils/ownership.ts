import type { SessionInfo } from '@psm/server/contract';
import type { ActionRow } from '@psm/server/contract';

/**
 * Why the user may update an action, as the server decides it (403 not-assigned otherwise): an admin
 * any action; a manager the actions of their office and those assigned to them by name.
 */
export type Ownership = 'admin' | 'office' | 'assigned' | 'other';

export function ownership(row: ActionRow, session: SessionInfo): Ownership {
  const { user } = session;
  if (user.role === 'admin') return 'admin';
  if (user.role !== 'manager') return 'other';
  if (row.responsible && row.responsible.id === user.id) return 'assigned';
  if (user.office && row.office && row.office.code === user.office.code) return 'office';
  return 'other';
}

/** The rows the user may update. */
export function manageableRows(rows: ActionRow[], session: SessionInfo): { rows: (ActionRow & { ownership: Ownership })[] } {
  const tagged = rows.map((r) => ({ ...r, ownership: ownership(r, session) }));
  return { rows: tagged.filter((r) => r.ownership !== 'other') };
}
