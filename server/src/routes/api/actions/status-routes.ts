import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { actionStatus, statusCreate, statusDeleted, statusParams, statusPatch } from '../../../contract/actions';
import { createStatus, deleteStatus, updateStatus } from './status-service';

const TAG = 'Attuazione / Implementation';

/** The status vocabulary, for admins: every write is in the audit log (before/after). */
export const statusWriteRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'post',
    path: '/api/action-statuses',
    auth: 'admin',
    tag: TAG,
    summary: 'Crea uno stato di attuazione / Create an action status',
    description: 'Code (lower case, e.g. in_corso), Italian and English labels, RAG (red, amber, green, grey), chart colour #RRGGBB, position, closed. A code already in use is a 400 naming `code`.',
    body: statusCreate,
    response: actionStatus,
    status: 201,
    handler: ({ db, body, actor }) => createStatus(db, actor!, body),
  }),
  defineRoute({
    method: 'patch',
    path: '/api/action-statuses/:code',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Modifica uno stato di attuazione / Change an action status',
    description: 'Labels, RAG, colour, position, closed; only the fields sent change. The code cannot change (updates refer to it).',
    params: statusParams,
    body: statusPatch,
    response: actionStatus,
    handler: ({ db, params, body, actor }) => updateStatus(db, actor!, params.code, body),
  }),
  defineRoute({
    method: 'delete',
    path: '/api/action-statuses/:code',
    auth: 'admin',
    notFound: true,
    tag: TAG,
    summary: 'Elimina uno stato di attuazione / Delete an action status',
    description: 'Deletes a status no action update uses; otherwise 409 `status-in-use` with the number of updates (`updates`), and nothing changes.',
    params: statusParams,
    response: statusDeleted,
    problems: [409],
    handler: ({ db, params, actor }) => deleteStatus(db, actor!, params.code),
  }),
];
