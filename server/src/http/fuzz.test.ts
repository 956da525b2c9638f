import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import request, { type Response } from 'supertest';
import type { Role } from '../auth/roles';
import { createAccount, loginAs, type LoggedIn, type TestAccount } from '../test/accounts';
import { encodeSegment, hostileHeader, hostileString, type JsonSchema, objectFor, RAW_SEGMENTS, valueFor, wrongType } from '../test/fuzz-inputs';
import { createTestApp, type TestApp } from '../test/test-app';
import { tableCounts } from '../test/test-db';
import { answerClientErrors } from './client-error';

/**
 * The fuzzer (issue 11): every operation of the OpenAPI document, called by every kind of caller
 * with inputs generated from the operation's own schemas – plausible, just past their limits,
 * hostile (NUL, lone surrogates, huge and negative numbers, impossible dates), of the wrong type or
 * content type, with bad If-Match, CSRF and cookie headers and hostile path parameters. No answer
 * may be a 5xx, every 4xx is problem+json, and a refused request changes no table.
 *
 * Random inputs each run; a failure prints fast-check's seed and path, which replay it:
 *   FUZZ_SEED=<seed> FUZZ_PATH=<path> FUZZ_ONLY='<METHOD path>' npx jest src/http/fuzz.test.ts
 * FUZZ_RUNS (default 12) sets the runs per operation, FUZZ_MS (default 1500) the time each may take.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const ROUTE_MS = Number(process.env.FUZZ_MS ?? 1500);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const PATH = process.env.FUZZ_PATH;
const ONLY = process.env.FUZZ_ONLY;

const PLAN = 'psm-2024-2026';
const ROLES = ['anonymous', 'manager', 'analyst', 'admin'] as const;
type Caller = (typeof ROLES)[number];

type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: JsonSchema };
type Operation = {
  /** The roles that may call it (with auth). */
  'x-roles'?: string[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Content types that are malformed, or JSON's and multipart's cousins. */
const ODD_CONTENT_TYPES = [
  'application/json; charset',
  'application/json;;',
  'application/json; charset=latin1',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=x',
  'text/json',
  '*/*',
  'json',
  '',
];

/** One request, as generated. */
type Case = {
  caller: Caller;
  segments: Record<string, string>;
  query: string[];
  body: { kind: 'json' | 'text' | 'form' | 'none' | 'broken-json' | 'utf16-json' | 'odd-type' | 'multipart'; value: unknown };
  /** The Content-Type of an 'odd-type' body. */
  contentType: string;
  /** 'current': the action's current version; null: no header. */
  ifMatch: string | null;
  /** 'session': the session's own token; null: none. */
  csrf: string | null;
  cookie: string | null;
  accept: string | null;
};

describe('fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApi;
  const sessions = {} as Record<Role, LoggedIn>;
  let victim: TestAccount;
  const known: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await createTestApp();
    // Accounts a fuzzed write may change (deactivate, new password): never the fuzzer's own sessions.
    victim = await createAccount(t.db, 'manager');
    await createAccount(t.db, 'analyst');
    await t.db.raw(`select setval(pg_get_serial_sequence('users', 'id'), 1000000)`);
    for (const role of ['manager', 'analyst', 'admin'] as const) sessions[role] = await loginAs(t, role);
    const admin = sessions.admin;
    // Something for the routes that need an existing record to go past their 404.
    await admin.agent.post('/api/planning-tools').set(admin.csrf).send({ code: 'pums-2022', kind: 'pums', name: 'PUMS 2022' }).expect(201);
    await admin.agent.post('/api/planning-tools/pums-2022/objectives').set(admin.csrf).send({ code: 'OS-1', title: 'Obiettivo' }).expect(201);
    const action = await t.api.get(`/api/plans/${PLAN}/actions/1.1.1`).expect(200);
    await admin.agent.patch(`/api/plans/${PLAN}/actions/1.1.1`).set(admin.csrf).set('If-Match', action.headers.etag as string).send({ responsibleUser: sessions.manager.account.email }).expect(200);
    const target = await sessions.analyst.agent
      .post('/api/indicators/BES_01SAL001/targets')
      .set(sessions.analyst.csrf)
      .send({ territory: 'ITC11', period: '2030', value: 85, sourceUrl: 'https://example.org/piano' })
      .expect(201);
    const batch = (await t.db('import_batches').first('id')) as { id: number } | undefined;
    Object.assign(known, {
      plan: [PLAN],
      objCode: ['OS-1'],
      'users:id': [String(victim.id)],
      'imports:id': [String(batch?.id ?? 1)],
      'targets:id': [String(target.body.id ?? 1)],
      'actions:code': ['1.1.1', '1.1.2'],
      'strategies:code': ['1.1', '2.1'],
      'indicators:code': ['BES_01SAL001'],
      'action-statuses:code': ['in_corso', 'avviata'],
      'planning-tools:code': ['pums-2022'],
    });
    doc = (await t.api.get('/api/openapi.json').expect(200)).body as OpenApi;
  });
  // Fuzzed requests go to a listening server set up as index.ts sets it up, so what Node's HTTP parser
  // refuses (headers too large, a control character) is answered by answerClientErrors, as in production.
  let server: http.Server;
  let api: ReturnType<typeof request>;
  beforeAll(async () => {
    server = http.createServer(t.app);
    answerClientErrors(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.destroy();
  });

  /** Values of a path parameter that name existing records, so a request can get past the 404. */
  function knownValues(path: string, name: string): string[] {
    if (known[name]) return known[name]!;
    const resource = path.match(new RegExp(`/([a-z-]+)/\\{${name}\\}`))?.[1] ?? '';
    return known[`${resource}:${name}`] ?? ['1'];
  }

  const urlText = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '').slice(0, 2000);

  function caseFor(path: string, op: Operation): fc.Arbitrary<Case> {
    const params = op.parameters ?? [];
    const segments = Object.fromEntries(
      params
        .filter((p) => p.in === 'path')
        .map((p) => [
          p.name,
          fc.oneof(
            { arbitrary: fc.constantFrom(...knownValues(path, p.name)), weight: 5 },
            { arbitrary: valueFor(p.schema).map((v) => encodeSegment(urlText(v))), weight: 2 },
            { arbitrary: hostileString.map((v) => encodeSegment(v.slice(0, 2000))), weight: 2 },
            { arbitrary: fc.constantFrom(...RAW_SEGMENTS), weight: 1 },
          ),
        ]),
    );
    const queryParams = params.filter((p) => p.in === 'query');
    const query = fc
      .tuple(
        fc.tuple(...queryParams.map((p) => fc.option(valueFor(p.schema).map((v) => `${p.name}=${encodeSegment(urlText(v))}`), { freq: 2 }))),
        fc.option(fc.constantFrom('%ff=1', 'a=%ff', '=', '&&', 'format=csv', 'format=xlsx', 'x[y]=1', 'page=1&page=2'), { freq: 4 }),
      )
      .map(([values, extra]) => [...values.filter((v): v is string => v !== null), ...(extra ? [extra] : [])]);
    const json = op.requestBody?.content['application/json']?.schema;
    const form = op.requestBody?.content['multipart/form-data']?.schema;
    const bodyValue = json ? fc.oneof({ arbitrary: objectFor(json), weight: 5 }, { arbitrary: wrongType, weight: 1 }) : wrongType;
    const kinds = form
      ? fc.constantFrom('multipart', 'multipart', 'json', 'none', 'text', 'odd-type')
      : json
        ? fc.constantFrom('json', 'json', 'json', 'json', 'text', 'form', 'none', 'broken-json', 'utf16-json', 'odd-type')
        : fc.constantFrom('none', 'none', 'json', 'text', 'odd-type');
    const body = fc.tuple(kinds, form ? objectFor(form) : bodyValue).map(([kind, value]) => ({ kind, value }) as Case['body']);
    return fc.record({
      // Mostly the callers the operation admits, so that its writes run too.
      caller: fc.oneof(...ROLES.map((role) => ({ arbitrary: fc.constant(role), weight: op['x-roles']?.includes(role) ? 3 : 1 }))),
      contentType: fc.constantFrom(...ODD_CONTENT_TYPES),
      segments: fc.record(segments),
      query,
      body,
      ifMatch: fc.oneof({ arbitrary: fc.constant('current'), weight: 3 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: hostileHeader, weight: 2 }),
      csrf: fc.oneof({ arbitrary: fc.constant('session'), weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: hostileHeader, weight: 1 }),
      cookie: fc.option(fc.oneof(hostileHeader.map((v) => `psm_session=${v}`), hostileHeader), { freq: 5 }),
      accept: fc.option(fc.constantFrom('text/csv', '*/*', 'application/xml', 'text/csv;q=0.5, */*', ''), { freq: 4 }),
    });
  }

  type Headers = { Cookie: string; 'X-CSRF-Token': string } | null;

  /** The caller's session; a new one for the logout, which ends it. */
  async function sessionFor(caller: Caller, path: string): Promise<Headers> {
    if (caller === 'anonymous') return null;
    if (path !== '/api/auth/logout') return sessions[caller].headers;
    const { account } = sessions[caller];
    const res = await t.api.post('/api/auth/login').send({ email: account.email, password: account.password }).expect(200);
    return { Cookie: /^psm_session=[^;]+/.exec(res.headers['set-cookie']![0]!)![0], 'X-CSRF-Token': res.body.csrfToken as string };
  }

  async function send(method: string, path: string, c: Case, session: Headers): Promise<Response> {
    const url = path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) => c.segments[name] ?? '1') + (c.query.length ? `?${c.query.join('&')}` : '');
    const req = api[method as 'get'](url);
    const cookies = [session?.Cookie, c.cookie].filter(Boolean);
    if (cookies.length) req.set('Cookie', cookies.join('; '));
    if (session && c.csrf) req.set('X-CSRF-Token', c.csrf === 'session' ? session['X-CSRF-Token'] : c.csrf);
    if (c.ifMatch === 'current') {
      const row = (await t.db('actions').where({ code: c.segments.code ?? '' }).first('version')) as { version: number } | undefined;
      req.set('If-Match', `"v${row?.version ?? 1}-fuzz"`);
    } else if (c.ifMatch !== null) req.set('If-Match', c.ifMatch);
    if (c.accept !== null) req.set('Accept', c.accept);
    const { kind, value } = c.body;
    if (kind === 'json') return req.set('Content-Type', 'application/json').send(JSON.stringify(value) ?? 'null');
    if (kind === 'text') return req.set('Content-Type', 'text/plain').send(JSON.stringify(value) ?? '');
    if (kind === 'form') return req.set('Content-Type', 'application/x-www-form-urlencoded').send('name=x&weight=1');
    if (kind === 'broken-json') return req.set('Content-Type', 'application/json').send('{"name": "x",');
    if (kind === 'odd-type') return req.set('Content-Type', c.contentType).send(JSON.stringify(value) ?? '');
    if (kind === 'utf16-json') return req.set('Content-Type', 'application/json; charset=utf-16').send('{}');
    if (kind === 'multipart') {
      for (const [name, v] of Object.entries((value ?? {}) as Record<string, unknown>)) {
        if (name === 'file') continue;
        for (const one of Array.isArray(v) ? v : [v]) req.field(name, urlText(one));
      }
      const fields = value as { file?: unknown };
      if (fields.file !== undefined) req.attach('file', Buffer.from(urlText(fields.file)), 'dati.csv');
      return req;
    }
    return req;
  }

  function checkAnswer(res: Response): string | null {
    if (res.status >= 500) return `answered ${res.status}: ${res.text.slice(0, 500)}`;
    if (res.status < 400) return null;
    if (!/^application\/problem\+json(;|$)/.test(String(res.headers['content-type']))) return `${res.status} is not problem+json: ${res.headers['content-type']} ${res.text.slice(0, 200)}`;
    const body = JSON.parse(res.text) as { status?: unknown; title?: unknown };
    if (body.status !== res.status || typeof body.title !== 'string') return `${res.status} problem body is not right: ${res.text.slice(0, 200)}`;
    return null;
  }

  it('walks every route the app mounts', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    const mounted = t.app.locals.routes.map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    expect(documented).toEqual(expect.arrayContaining(mounted));
  });

  const operations = (): [string, string, Operation][] =>
    Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => [method, path, op] as [string, string, Operation]));

  it('answers no 5xx, problem+json for every 4xx, and changes nothing it refuses', async () => {
    const started = Date.now();
    const failures: string[] = [];
    let runs = 0;
    const statuses: Record<number, number> = {};
    for (const [method, path, op] of operations()) {
      const name = `${method.toUpperCase()} ${path}`;
      if (ONLY && name !== ONLY) continue;
      const result = await fc.check(
        fc.asyncProperty(caseFor(path, op), async (c) => {
          runs += 1;
          // Logging in writes the audit log: done before the counts are taken.
          const session = await sessionFor(c.caller, path);
          await t.app.locals.importJobs.idle();
          const before = await tableCounts(t.db);
          const res = await send(method, path, c, session);
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          const wrong = checkAnswer(res);
          if (wrong) throw new Error(`${name} (${c.caller}): ${wrong}`);
          if (res.status >= 400) {
            await t.app.locals.importJobs.idle();
            const after = await tableCounts(t.db);
            const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
            if (changed.length) throw new Error(`${name} (${c.caller}) answered ${res.status} but changed ${changed.join(', ')}`);
          }
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: ROUTE_MS, markInterruptAsFailure: false, seed: SEED, path: PATH, endOnFailure: true },
      );
      if (result.failed) {
        const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
        // The seed and path replay the case (see the top of this file); the counterexample is what was sent.
        failures.push(`${error}\n  FUZZ_SEED=${result.seed} FUZZ_PATH=${result.counterexamplePath ?? ''} FUZZ_ONLY='${name}'\n  case: ${fc.stringify(result.counterexample).slice(0, 1500)}`);
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${runs} requests over ${operations().length} operations in ${seconds} s (FUZZ_RUNS=${RUNS}); statuses ${JSON.stringify(statuses)}`);
    expect(failures).toEqual([]);
    // Each operation stops after FUZZ_MS; room for about 60 of them.
  }, 60 * ROUTE_MS + 60_000);
});
