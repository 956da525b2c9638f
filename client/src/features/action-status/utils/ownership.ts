import type { SessionInfo } from '../../../lib/session';
import type { ActionRow } from '../types';

/**
 * Why the user may update an action. The server checks it on every write (403 not-assigned); the
 * list needs the action's office and assignee and the manager's office code. The table row has the
 * office; `responsible` (the assignee) and the session's `office` are read when the API sends them,
 * and until then a manager's actions cannot be told apart ("unknown").
 */
export type Ownership = 'admin' | 'office' | 'assigned' | 'other' | 'unknown';

type RowExtra = { responsible?: { id: number } | null };
type UserExtra = { office?: { code: string } | null };

export function ownership(row: ActionRow, session: SessionInfo): Ownership {
  const { user } = session;
  if (user.role === 'admin') return 'admin';
  if (user.role !== 'manager') return 'other';
  const assignee = row as ActionRow & RowExtra;
  const office = (user as typeof user & UserExtra).office;
  if (assignee.responsible && assignee.responsible.id === user.id) return 'assigned';
  if (office && row.office && row.office.code === office.code) return 'office';
  const knowsAssignee = 'responsible' in assignee;
  const knowsOffice = user.officeId === null || 'office' in user;
  return knowsAssignee && knowsOffice ? 'other' : 'unknown';
}

/** The rows the user may update, and whether the list could be narrowed down to them. */
export function manageableRows(rows: ActionRow[], session: SessionInfo): { rows: (ActionRow & { ownership: Ownership })[]; narrowed: boolean } {
  const tagged = rows.map((r) => ({ ...r, ownership: ownership(r, session) }));
  const unknown = tagged.some((r) => r.ownership === 'unknown');
  return { rows: tagged.filter((r) => r.ownership !== 'other'), narrowed: !unknown };
}
