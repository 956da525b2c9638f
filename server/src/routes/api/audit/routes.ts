import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { auditPage, auditQuery } from '../../../contract/audit';
import { listAudit } from './service';

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
];
