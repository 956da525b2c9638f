import type { Knex } from 'knex';
import type { AuditLogRow } from '../db/rows';
import { currentRequestId } from '../observability/request-context';

export type AuditEntry = {
  actor: string;
  userId?: number | null;
  action: 'create' | 'update' | 'delete' | 'import' | 'rollback' | 'seed' | 'login' | 'logout' | 'publish' | 'unpublish';
  resourceType: string;
  resourceId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/**
 * Records writes in the audit log; takes the caller's transaction so it commits or rolls back with them.
 * Each entry carries the id of the request that made it (null outside a request: CLI, seed).
 */
export async function writeAudit(trx: Knex, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const requestId = currentRequestId();
  const rows = entries.map((e) => ({
    actor: e.actor,
    user_id: e.userId ?? null,
    action: e.action,
    resource_type: e.resourceType,
    resource_id: e.resourceId == null ? null : String(e.resourceId),
    before: e.before === undefined ? null : JSON.stringify(e.before),
    after: e.after === undefined ? null : JSON.stringify(e.after),
    request_id: requestId,
  }));
  for (let i = 0; i < rows.length; i += 500) await trx<AuditLogRow>('audit_log').insert(rows.slice(i, i + 500));
}
