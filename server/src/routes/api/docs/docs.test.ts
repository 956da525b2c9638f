import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('OpenAPI, docs and health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('publishes an OpenAPI 3.1 document generated from the zod schemas', async () => {
    const res = await t.api.get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths).sort()).toEqual([
      '/api/action-statuses',
      '/api/action-statuses/{code}',
      '/api/audit',
      '/api/audit/export',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/auth/session',
      '/api/backoffice/indicators',
      '/api/backoffice/indicators/{code}',
      '/api/figures/indicators/{code}.{format}',
      '/api/import-recipes',
      '/api/import-recipes/{id}',
      '/api/import-recipes/{id}/check',
      '/api/import-recipes/{id}/refresh',
      '/api/imports',
      '/api/imports/{id}',
      '/api/imports/{id}/commit',
      '/api/imports/{id}/rollback',
      '/api/indicators',
      '/api/indicators/{code}',
      '/api/indicators/{code}/download',
      '/api/indicators/{code}/publish',
      '/api/indicators/{code}/revisions',
      '/api/indicators/{code}/targets',
      '/api/indicators/{code}/targets/{id}',
      '/api/indicators/{code}/unpublish',
      '/api/indicators/{code}/values',
      '/api/indicators/{code}/values/file',
      '/api/indicators/{code}/values/template.csv',
      '/api/observations',
      '/api/oembed',
      '/api/office-choices',
      '/api/offices',
      '/api/offices/import',
      '/api/offices/{code}',
      '/api/planning-objectives',
      '/api/planning-tools',
      '/api/planning-tools/{code}',
      '/api/planning-tools/{code}/objectives',
      '/api/planning-tools/{code}/objectives/{objCode}',
      '/api/plans',
      '/api/plans/import',
      '/api/plans/{plan}/actions',
      '/api/plans/{plan}/actions/download',
      '/api/plans/{plan}/actions/register',
      '/api/plans/{plan}/actions/register/template.xlsx',
      '/api/plans/{plan}/actions/{code}',
      '/api/plans/{plan}/actions/{code}/objectives',
      '/api/plans/{plan}/actions/{code}/updates',
      '/api/plans/{plan}/coherence',
      '/api/plans/{plan}/coherence/download',
      '/api/plans/{plan}/context',
      '/api/plans/{plan}/figures/rollup.{format}',
      '/api/plans/{plan}/progress',
      '/api/plans/{plan}/rollup',
      '/api/plans/{plan}/rollup/groups',
      '/api/plans/{plan}/rounds',
      '/api/plans/{plan}/rounds/{id}',
      '/api/plans/{plan}/rounds/{id}/close',
      '/api/plans/{plan}/rounds/{id}/resend',
      '/api/plans/{plan}/strategies/{code}/dashboard',
      '/api/plans/{plan}/strategies/{code}/indicators',
      '/api/plans/{plan}/tree',
      '/api/progress-method',
      '/api/reports',
      '/api/reports/{id}',
      '/api/reports/{id}/document',
      '/api/reports/{id}/duplicate',
      '/api/reports/{id}/export.{format}',
      '/api/reports/{id}/finalise',
      '/api/setup',
      '/api/site',
      '/api/territories',
      '/api/users',
      '/api/users/{id}',
      '/api/users/{id}/unlock',
    ]);
    const obs = res.body.paths['/api/observations'].get;
    expect(obs.parameters.map((p: { name: string }) => p.name)).toEqual(['indicator', 'territory', 'from', 'to', 'asOf', 'vintages', 'format']);
    expect(obs.parameters[0]).toMatchObject({ in: 'query', required: true });
    expect(Object.keys(obs.responses['200'].content)).toEqual(['application/json', 'text/csv']);
    const level = res.body.paths['/api/territories'].get.parameters.find((p: { name: string }) => p.name === 'level');
    expect(level.schema.enum).toContain('zona_omogenea');
  });

  it('has every $ref resolving inside the document (recursive schemas hoisted to components)', async () => {
    const doc = (await t.api.get('/api/openapi.json').expect(200)).body as Record<string, unknown>;
    const refs: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        for (const [k, v] of Object.entries(n)) {
          if (k === '$ref' && typeof v === 'string') refs.push(v);
          else walk(v);
        }
      }
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(0);
    const resolve = (ref: string) =>
      ref
        .slice(2)
        .split('/')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
    expect(refs.filter((r) => !r.startsWith('#/') || resolve(r) === undefined)).toEqual([]);
  });

  it('renders a readable docs page', async () => {
    const res = await t.api.get('/api/docs').expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain('<code>/api/plans/{plan}/strategies/{code}/dashboard</code>');
    expect(res.text).toContain('Cruscotto della strategia / Strategy dashboard');
  });

  it('answers health and readiness', async () => {
    await t.api.get('/healthz').expect(200, { status: 'ok' });
    await t.api.get('/readyz').expect(200, { status: 'ok', database: 'ok' });
  });

  it('answers unknown API paths with problem+json 404', async () => {
    const res = await t.api.get('/api/nothing-here');
    expect(problem(res, 404).detail).toBe('No endpoint at GET /api/nothing-here.');
  });
});
