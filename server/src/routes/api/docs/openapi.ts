import { z } from 'zod';
import { XLSX_TYPE } from '../../../http/route';
import { type AnyRouteDef, rolesOf } from '../../../http/route-def';

type JsonSchema = Record<string, unknown>;

/**
 * Definitions zod emits for recursive schemas (`$defs`, referenced as `#/$defs/x`): in an OpenAPI document a
 * `$ref` resolves from the document root, so they move to components.schemas under unique names.
 */
let hoisted: Record<string, JsonSchema> = {};

function rewriteRefs(node: unknown, names: Map<string, string>): unknown {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, names));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as JsonSchema).map(([k, v]) => {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
        return [k, `#/components/schemas/${names.get(v.slice('#/$defs/'.length)) ?? v}`];
      }
      return [k, rewriteRefs(v, names)];
    }),
  );
}

const toSchema = (s: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _drop, $defs, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  void _drop;
  if (!$defs) return rest;
  const names = new Map<string, string>();
  for (const key of Object.keys($defs as JsonSchema)) names.set(key, `Def${Object.keys(hoisted).length + names.size + 1}`);
  for (const [key, def] of Object.entries($defs as JsonSchema)) hoisted[names.get(key)!] = rewriteRefs(def, names) as JsonSchema;
  return rewriteRefs(rest, names) as JsonSchema;
};

function parameters(def: AnyRouteDef): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', def.params],
    ['query', def.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      const { description, ...propSchema } = prop;
      out.push({
        name,
        in: where,
        required: where === 'path' || (json.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propSchema,
      });
    }
  }
  if (def.ifMatch) {
    out.push({ name: 'If-Match', in: 'header', required: true, description: 'The ETag of the resource as read; 428 without it, 409 when it is stale.', schema: { type: 'string' } });
  }
  return out;
}

const problem = {
  description: 'Problem details (RFC 9457) naming the parameter or field at fault',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};

const SUCCESS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted: the job goes on; poll the Location' };

function successHeaders(def: AnyRouteDef): JsonSchema | undefined {
  const headers: JsonSchema = {
    ...(def.publicCache ? { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } : {}),
    ...(def.location ? { Location: { description: 'The resource to read', schema: { type: 'string' } } } : {}),
  };
  return Object.keys(headers).length ? headers : undefined;
}

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate the requests. */
export function buildOpenApi(routes: AnyRouteDef[], version: string): JsonSchema {
  hoisted = {};
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of routes) {
    const path = def.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const content: Record<string, unknown> = def.file
      ? Object.fromEntries(def.file.contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]))
      : { 'application/json': { schema: toSchema(def.response, 'output') } };
    if (def.csv) content['text/csv'] = { schema: { type: 'string' } };
    if (def.xlsx) content[XLSX_TYPE] = { schema: { type: 'string', format: 'binary' } };
    const problems = [400, ...(def.auth ? [401, 403] : []), ...(def.notFound ? [404] : []), ...(def.problems ?? [])];
    paths[path] = {
      ...paths[path],
      [def.method]: {
        tags: [def.tag],
        summary: def.summary,
        description: def.description,
        operationId: `${def.method}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
        ...(def.auth
          ? { security: [{ session: [] }, { adminToken: [] }], 'x-roles': [...new Set(['admin', ...rolesOf(def.auth)])] }
          : {}),
        parameters: parameters(def),
        ...(def.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(def.body, 'input') } } } }
          : {}),
        ...(def.requestBody
          ? {
              requestBody: {
                required: true,
                description: def.requestBody.description,
                content: { [def.requestBody.contentType]: { schema: toSchema(def.requestBody.schema, 'input') } },
              },
            }
          : {}),
        responses: {
          ...Object.fromEntries(
            [...new Set([def.status ?? 200, ...(def.statusOf?.statuses ?? [])])].map((status) => [
              String(status),
              { description: SUCCESS[status], headers: successHeaders(def), content },
            ]),
          ),
          ...(def.publicCache ? { '304': { description: 'Not modified (If-None-Match matched the ETag)' } } : {}),
          ...Object.fromEntries(problems.sort((a, b) => a - b).map((status) => [String(status), problem])),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'PSM monitor API',
      version,
      description:
        "API pubblica del monitoraggio del Piano strategico metropolitano: struttura del piano, indicatori di contesto, serie storiche, territori. Public read API of the metropolitan strategic plan monitoring. No login is needed to read. Writes need an account with the right role (admin, analyst, manager): log in with POST /api/auth/login, keep the psm_session cookie and send the returned CSRF token in X-CSRF-Token with every write.",
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'psm_session',
          description:
            'The session cookie set by POST /api/auth/login (httpOnly, SameSite=Lax, Secure over HTTPS). Writes made with it must send the CSRF token of the session in the X-CSRF-Token header (403 otherwise).',
        },
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: "The server's ADMIN_TOKEN, an automation credential acting as an admin (no CSRF header needed). Unset, bearer tokens are refused (401).",
        },
      },
      schemas: {
        ...hoisted,
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  row: { type: 'integer' },
                  column: { type: 'string' },
                  message: { type: 'string' },
                },
                required: ['message'],
              },
            },
          },
          required: ['title', 'status'],
        },
      },
    },
  };
}
