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
      '/api/audit',
      '/api/auth/login',
      '/api/auth/logout',
      '/api/auth/me',
      '/api/imports',
      '/api/imports/{id}',
      '/api/imports/{id}/commit',
      '/api/imports/{id}/rollback',
      '/api/indicators',
      '/api/indicators/{code}',
      '/api/observations',
      '/api/plans',
      '/api/plans/{plan}/actions',
      '/api/plans/{plan}/actions/{code}',
      '/api/plans/{plan}/rollup',
      '/api/plans/{plan}/strategies/{code}/dashboard',
      '/api/plans/{plan}/tree',
      '/api/territories',
    ]);
    const obs = res.body.paths['/api/observations'].get;
    expect(obs.parameters.map((p: { name: string }) => p.name)).toEqual(['indicator', 'territory', 'from', 'to', 'asOf', 'vintages', 'format']);
    expect(obs.parameters[0]).toMatchObject({ in: 'query', required: true });
    expect(Object.keys(obs.responses['200'].content)).toEqual(['application/json', 'text/csv']);
    const level = res.body.paths['/api/territories'].get.parameters.find((p: { name: string }) => p.name === 'level');
    expect(level.schema.enum).toContain('zona_omogenea');
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
    const res = await t.api.get('/api/nothing-here').expect(404).expect('Content-Type', /problem\+json/);
    expect(JSON.parse(res.text).detail).toBe('No endpoint at GET /api/nothing-here.');
  });
});
