import type { Knex } from 'knex';
import { z } from 'zod';
import { ROLES, type Actor, type Role } from '../auth/roles';
import type { Session } from '../auth/sessions';
import type { ReceivedUpload } from './multipart';

/** Who may call a route: `{ roles }` (an admin always may); 'admin' is short for admins only. */
export type RouteAuth = 'admin' | { roles: readonly Role[] };

/** Every logged-in user, whatever the role. */
export const ANY_ROLE: RouteAuth = { roles: ROLES };

export const rolesOf = (auth: RouteAuth): readonly Role[] => (auth === 'admin' ? ['admin'] : auth.roles);

/** A multipart/form-data upload the route receives before its handler runs. */
export type UploadSpec = {
  /** Largest file this route takes, below the server's MAX_UPLOAD_MB (413 above). */
  maxBytes?: number;
};

/** What a handler may know of the caller's connection. */
export type ClientInfo = {
  /** The client's address (honours TRUST_PROXY), for login limits and the session record. */
  address: string | null;
  userAgent: string | null;
  /** The session cookie's token, if one was sent (the public session-state route reads it). */
  sessionToken: string | null;
  /** The site's origin as the client reached it (`https://host[:port]`; honours TRUST_PROXY), for absolute links. */
  origin: string;
};

/** The answer's parts a handler may set besides its result: the session cookie (login, logout). */
export type Reply = {
  setSessionCookie: (token: string) => void;
  clearSessionCookie: () => void;
};

/**
 * What `mountRoute` hands a handler: validated path, query and body, and what the route declares –
 * the caller on authenticated routes, the If-Match version, the uploaded file. Never the Express
 * request: handlers and the services they call take plain values.
 */
export type RouteContext<P, Q, B, A extends RouteAuth | undefined = undefined, I extends boolean = false, U extends UploadSpec | undefined = undefined> = {
  params: P;
  query: Q;
  body: B;
  db: Knex;
  /** Who called: present on routes with `auth`, null on public ones. */
  actor: A extends RouteAuth ? Actor : null;
  /** The cookie session the guard admitted (null with the automation token and on public routes). */
  session: Session | null;
  /**
   * The version named by If-Match, on routes with `ifMatch`. Read when the handler needs it, so a
   * 404 or 403 found first still wins: reading it throws 428 without the header, 400 for a bad one.
   */
  ifMatch: I extends true ? number : undefined;
  /** The uploaded file (on disk under a temporary name, removed after the handler) and the form's other fields. */
  upload: U extends UploadSpec ? ReceivedUpload : undefined;
  client: ClientInfo;
  reply: Reply;
};

/** A CSV rendering of a route's result, offered with `format=csv` or `Accept: text/csv`. */
export type CsvRendering<R> = { fileName: (result: R) => string; render: (result: R) => string };

/**
 * What a file route's handler returns: the bytes of an image, an archive, a document. `inline`
 * files are shown by the browser (a figure in an <img>), the others are saved under `fileName`.
 */
export type FileResult = { body: Buffer; contentType: string; fileName: string; inline?: boolean };

/** The `response` of a file route (see `file`): bytes, not JSON, so not described field by field. */
export const fileResponse = z.custom<FileResult>((v) => !!v && typeof v === 'object' && Buffer.isBuffer((v as FileResult).body));

/** An XLSX rendering of a route's result, offered with `format=xlsx`. */
export type XlsxRendering<R> = { fileName: (result: R) => string; render: (result: R) => Promise<Buffer> };

export type RouteDef<
  P extends z.ZodType,
  Q extends z.ZodType,
  R extends z.ZodType,
  B extends z.ZodType = z.ZodUndefined,
  A extends RouteAuth | undefined = undefined,
  I extends boolean = false,
  U extends UploadSpec | undefined = undefined,
> = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path, e.g. /api/plans/:plan/tree. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  /** A JSON request body, validated (400 naming the field) and documented in OpenAPI. */
  body?: B;
  response: R;
  /** The route answers 404 for unknown codes (documented in OpenAPI). */
  notFound?: boolean;
  /** Public reads: cacheable by browsers and CDNs, kept in the process until the data changes. */
  publicCache?: boolean;
  csv?: CsvRendering<z.infer<R>>;
  xlsx?: XlsxRendering<z.infer<R>>;
  /**
   * The route answers a file, never JSON: the handler returns a FileResult (its `response` schema is
   * then `fileResponse`); `contentTypes` are the types it may send, documented in OpenAPI.
   */
  file?: { contentTypes: readonly string[] };
  /** The ETag of the answer (default, on reads: a hash of the body), e.g. one that carries a version for If-Match; writes send it too. */
  etag?: (result: z.infer<R>, body: Buffer) => string;
  /** Needs a session (or the automation token) with one of these roles: 401 without, 403 with another role or without the CSRF header. */
  auth?: A;
  /** Status of a success (default 200), e.g. 202 for a job that goes on after the answer. */
  status?: 200 | 201 | 202;
  /** A success status that depends on the result (e.g. 200 for a dry run of a write that creates, 201): `pick` chooses, `statuses` are documented in OpenAPI besides `status`. */
  statusOf?: { statuses: readonly (200 | 201 | 202)[]; pick: (result: z.infer<R>) => 200 | 201 | 202 };
  /** The Location header of a success: the resource created or to poll. */
  location?: (result: z.infer<R>) => string;
  /** A multipart/form-data body, received to disk before the handler (415 for another content type, 413 too large); `requestBody` documents its fields. */
  upload?: U;
  /** A body documented in OpenAPI but not parsed as JSON here (the fields of an upload). */
  requestBody?: { contentType: string; schema: z.ZodType; description?: string };
  /** The write needs the ETag it is based on in If-Match (documented as a header; 428 without it). */
  ifMatch?: I;
  /** Other problem statuses the route answers on purpose (documented in OpenAPI), e.g. 409, 413. */
  problems?: number[];
  // A method, so that a route with a narrower context is still an AnyRouteDef.
  handler(ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>, A, I, U>): Promise<z.infer<R>>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteDef = RouteDef<any, any, any, any, any, any, any>;

/** Declares a route, typing its handler's context from its schemas and what it declares (auth, ifMatch, upload). */
export function defineRoute<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodUndefined,
  A extends RouteAuth | undefined = undefined,
  I extends boolean = false,
  U extends UploadSpec | undefined = undefined,
>(def: RouteDef<P, Q, R, B, A, I, U>): AnyRouteDef {
  return def as AnyRouteDef;
}
