import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { AUDIT_EXPORT_MAX, auditExportQuery, auditPage, auditQuery } from '../../../contract/audit';
import { auditToCsv, exportAudit, listAudit } from './service';

/** The audit log of every write: who, when, what, before and after; for admins. */
export const auditRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/audit',
    auth: 'admin',
    tag: 'Registro delle modifiche / Audit log',
    summary: 'Registro delle modifiche / Audit log',
    description: 'Every write, newest first, with who made it, when, on which record, and the record before and after. Filter by resourceType and resourceId, user (id, e-mail or actor label), action, from and to.',
    query: auditQuery,
    response: auditPage,
    handler: ({ db, query }) => listAudit(db, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/audit/export',
    auth: 'admin',
    tag: 'Registro delle modifiche / Audit log',
    summary: 'Esporta il registro / Export the audit log',
    description: `The entries the same filters select, newest first, as CSV (format=csv or Accept: text/csv; before and after as JSON, cells that would start a formula neutralised) or JSON: at most ${AUDIT_EXPORT_MAX}, total says how many match.`,
    query: auditExportQuery,
    response: auditPage,
    csv: { fileName: () => 'registro-modifiche.csv', render: auditToCsv },
    handler: ({ db, query }) => exportAudit(db, query),
  }),
];
