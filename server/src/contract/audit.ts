import { z } from 'zod';
import { isRealInstant, safeText } from './common';

const instant = safeText()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'must be a date (2026-11-25) or a date and time (2026-11-25T10:00:00Z)',
    abort: true,
  })
  .refine(isRealInstant, 'must be a real date (no 2026-02-30) and time (no 25:00)');

/** The filters of the audit log, shared by the page and its CSV export. */
export const auditFilters = z.object({
  resourceType: safeText().min(1).max(100).optional().describe('Kind of record, e.g. import_batch, plan, user, session'),
  resourceId: safeText().min(1).max(200).optional().describe('Id or code of the record (with resourceType); an action also as plan/code, e.g. psm-2024-2026/1.1.2'),
  user: safeText().min(1).max(320).optional().describe('Who: a user id, an e-mail, or an actor label such as admin-token or seed'),
  action: safeText().min(1).max(50).optional().describe('create, update, delete, import, rollback, seed, login, logout, publish, unpublish'),
  from: instant.optional().describe('From this date or instant (inclusive)'),
  to: instant.optional().describe('Up to this date (the whole day) or instant (exclusive)'),
});
export type AuditFilters = z.infer<typeof auditFilters>;

export const auditQuery = auditFilters.extend({
  page: z.coerce.number().int().min(1).default(1).describe('Page, from 1'),
  pageSize: z.coerce.number().int().min(1).max(500).default(50).describe('Entries per page (at most 500)'),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.number().int(),
  occurredAt: z.string().describe('ISO 8601 instant'),
  userId: z.number().int().nullable(),
  /** The account's e-mail, or the label of a non-personal actor (admin-token, seed, cli:…). */
  actor: z.string(),
  action: z.string(),
  resourceType: safeText(),
  resourceId: safeText().nullable(),
  before: z.unknown().describe('The record before the write (null for a creation)'),
  after: z.unknown().describe('The record after the write (null for a deletion)'),
  requestId: z.string().nullable(),
});

export const auditPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  items: z.array(auditEntry),
});

export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditPage = z.infer<typeof auditPage>;

/** The most entries one CSV export holds: a narrower filter gets the rest. */
export const AUDIT_EXPORT_MAX = 10_000;

export const auditExportQuery = auditFilters.extend({
  format: z.enum(['json', 'csv'], 'must be json or csv').optional().describe('csv (the default for Accept: text/csv) or json'),
});
export type AuditExportQuery = z.infer<typeof auditExportQuery>;
