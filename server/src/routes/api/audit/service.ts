import type { Knex } from 'knex';
import type { z } from 'zod';
import { AUDIT_EXPORT_MAX, type AuditFilters, type auditPage, type AuditQuery } from '../../../contract/audit';
import { toCsv } from '../../../lib/csv';
import { countRows } from '../../../db/knex';
import type { ActionRow, AuditLogRow, UserRow } from '../../../db/rows';

/** The audit log, newest first, filtered by record, user, action and time; one page of it. */
export async function listAudit(db: Knex, q: AuditQuery): Promise<z.infer<typeof auditPage>> {
  return readAudit(db, q, q.page, q.pageSize);
}

/** The filtered entries for a CSV export: the newest AUDIT_EXPORT_MAX (the total says how many match). */
export async function exportAudit(db: Knex, q: AuditFilters): Promise<z.infer<typeof auditPage>> {
  return readAudit(db, q, 1, AUDIT_EXPORT_MAX);
}

/**
 * The id the audit log records for the record a page names: an action is known to pages as
 * plan/code (psm-2024-2026/1.1.2) and recorded by its row id. Anything else as given.
 */
async function recordId(db: Knex, type: string | undefined, id: string): Promise<string> {
  const slash = id.lastIndexOf('/');
  if (type !== 'action' || slash < 0) return id;
  const row = await db<ActionRow>('actions as a')
    .join('plans as p', 'p.id', 'a.plan_id')
    .where({ 'p.code': id.slice(0, slash), 'a.code': id.slice(slash + 1) })
    .first<Pick<ActionRow, 'id'> | undefined>('a.id');
  return row ? String(row.id) : id;
}

async function readAudit(db: Knex, q: AuditFilters, page: number, pageSize: number): Promise<z.infer<typeof auditPage>> {
  const resourceId = q.resourceId ? await recordId(db, q.resourceType, q.resourceId) : undefined;
  const base = db<AuditLogRow>('audit_log as a').modify((b) => {
    if (q.resourceType) b.where('a.resource_type', q.resourceType);
    if (resourceId) b.where('a.resource_id', resourceId);
    if (q.action) b.where('a.action', q.action);
    if (q.user) {
      const who = q.user;
      if (/^\d+$/.test(who)) b.where('a.user_id', Number(who));
      else b.where((w) => w.whereRaw('lower(a.actor) = lower(?)', [who]).orWhereIn('a.user_id', db<UserRow>('users').select('id').whereRaw('lower(email) = lower(?)', [who])));
    }
    if (q.from) b.where('a.occurred_at', '>=', q.from);
    // A bare date as `to` means the whole day.
    if (q.to) b.where('a.occurred_at', '<', /^\d{4}-\d{2}-\d{2}$/.test(q.to) ? db.raw(`?::date + 1`, [q.to]) : q.to);
  });
  const total = await countRows(base);
  const rows = await base
    .clone()
    .select<AuditLogRow[]>('a.id', 'a.occurred_at', 'a.user_id', 'a.actor', 'a.action', 'a.resource_type', 'a.resource_id', 'a.before', 'a.after', 'a.request_id')
    .orderBy([{ column: 'a.occurred_at', order: 'desc' }, { column: 'a.id', order: 'desc' }])
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return {
    total,
    page,
    pageSize,
    items: rows.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at.toISOString(),
      userId: r.user_id,
      actor: r.actor,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
    })),
  };
}

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));

/** One line per entry; before and after as JSON (every cell neutralised against formulas by toCsv). */
export function auditToCsv(p: z.infer<typeof auditPage>): string {
  return toCsv(
    ['occurred_at', 'actor', 'user_id', 'action', 'resource_type', 'resource_id', 'before', 'after', 'request_id'],
    p.items.map((e) => [e.occurredAt, e.actor, e.userId, e.action, e.resourceType, e.resourceId, json(e.before), json(e.after), e.requestId]),
  );
}
