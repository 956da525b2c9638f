import fs from 'node:fs';
import { SourceChecks } from '../../../imports/source-checks';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { EUROSTAT_API, SDMX_CSV, startSourceServer, TSV } from './source-server';

const TOKEN = 'import-recipes-test-token-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const ISTAT = '/SDMXWS/rest/data/41_983';
const EUROSTAT = '/eurostat/nama_10r_3gdp.tsv';
const TSV_OPTIONS = { indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB', geo: 'IT,ITC1,ITC11,ITC' } };

let t: TestApp;
let src: Awaited<ReturnType<typeof startSourceServer>>;
let now = new Date('2026-12-02T09:00:00Z');

beforeAll(async () => {
  src = await startSourceServer();
  t = await createTestApp({ adminToken: TOKEN, maxUploadBytes: 100_000, sources: { fetchTimeoutMs: 700, checkDays: 7 }, clock: () => now });
});
afterAll(async () => {
  await t.destroy();
  await src.close();
});

const create = (body: object) => t.api.post('/api/import-recipes').set(bearer).send(body);
async function recipe(name: string, pathname: string, extra: object = {}): Promise<number> {
  const res = await create({ name, url: `${src.base}${pathname}`, ...extra }).expect(201);
  return res.body.id as number;
}
const batchCount = async () => Number((await t.db('import_batches').count({ n: '*' }))[0]!.n);
const storedFiles = () => fs.readdirSync(t.uploadDir).length;

/** The batch once its preview is done (the job may be taken a moment later on a PostgreSQL server). */
async function previewOf(id: number) {
  for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    await t.app.locals.importJobs.idle();
    const b = (await t.api.get(`/api/imports/${id}`).set(bearer).expect(200)).body;
    if (['previewed', 'invalid', 'failed'].includes(b.status)) return b;
  }
  throw new Error(`batch ${id} not previewed in time`);
}

/** Refreshing must fail with this problem and write nothing: no batch, no file. */
async function refusedRefresh(id: number, status: number, code: string) {
  const [batches, files] = [await batchCount(), storedFiles()];
  const res = await t.api.post(`/api/import-recipes/${id}/refresh`).set(bearer);
  const p = problem(res, status) as unknown as { code: string; params: Record<string, unknown>; detail: string };
  expect(p.code).toBe(code);
  expect([await batchCount(), storedFiles()]).toEqual([batches, files]);
  return p;
}

describe('import recipes: CRUD', () => {
  it('creates, reads, edits and deletes a recipe, audited; refuses a bad address or indicator naming the field', async () => {
    const res = await create({ name: 'Eurostat PIL', url: `${src.base}${EUROSTAT}`, indicator: 'EUROSTAT_GDP_EUR_HAB', options: TSV_OPTIONS }).expect(201);
    expect(res.body).toMatchObject({ name: 'Eurostat PIL', format: null, indicator: { code: 'EUROSTAT_GDP_EUR_HAB' }, options: TSV_OPTIONS, check: { status: null, changedSinceImport: false } });
    expect(res.headers.location).toBe(`/api/import-recipes/${res.body.id}`);
    const patched = await t.api.patch(`/api/import-recipes/${res.body.id}`).set(bearer).send({ name: 'PIL pro capite', format: 'eurostat-tsv' }).expect(200);
    expect(patched.body).toMatchObject({ name: 'PIL pro capite', format: 'eurostat-tsv', url: `${src.base}${EUROSTAT}` });
    expect((await t.api.get('/api/import-recipes').set(bearer).expect(200)).body.items.map((r: { id: number }) => r.id)).toContain(res.body.id);
    await t.api.delete(`/api/import-recipes/${res.body.id}`).set(bearer).expect(200, { deleted: res.body.id });
    await t.api.get(`/api/import-recipes/${res.body.id}`).set(bearer).expect(404);
    const audit = await t.db('audit_log').where({ resource_type: 'import_recipe', resource_id: String(res.body.id) }).orderBy('id').pluck('action');
    expect(audit).toEqual(['create', 'update', 'delete']);

    expect(problem(await create({ name: 'x', url: 'ftp://example.org/a.csv' }), 400).errors!.map((e) => e.name)).toEqual(['url']);
    expect(problem(await create({ name: 'x', url: `${src.base}${ISTAT}`, indicator: 'NOPE' }), 400).errors!.map((e) => e.name)).toEqual(['indicator']);
    await t.api.get('/api/import-recipes').expect(401);
  });
});

describe('Aggiorna dalla fonte', () => {
  it('downloads the address and opens the same preview an upload of the file opens', async () => {
    const id = await recipe('Eurostat PIL', EUROSTAT, { options: TSV_OPTIONS });
    const res = await t.api.post(`/api/import-recipes/${id}/refresh`).set(bearer).expect(202);
    const fromSource = await previewOf(res.body.batchId);
    expect(fromSource).toMatchObject({ status: 'previewed', file: { name: 'nama_10r_3gdp.tsv', format: 'eurostat-tsv' }, options: TSV_OPTIONS });
    expect(res.body.recipe).toMatchObject({ lastBatchId: res.body.batchId, check: { changedSinceImport: false, checksum: fromSource.file.checksum } });

    const upload = await t.api
      .post('/api/imports')
      .set(bearer)
      .field('indicator', TSV_OPTIONS.indicator)
      .field('filter', 'unit=EUR_HAB')
      .field('filter', 'geo=IT,ITC1,ITC11,ITC')
      .attach('file', TSV, 'nama_10r_3gdp.tsv')
      .expect(202);
    const uploaded = await previewOf(upload.body.id);
    expect(fromSource.counts).toEqual(uploaded.counts);
    expect(fromSource.counts).toMatchObject({ records: 1840, filteredOut: 1748, inserted: 23 });
    expect(fromSource.file.checksum).toBe(uploaded.file.checksum);
  });

  it("reads a Eurostat API query answered in JSON-stat 2.0: the same values as the bulk TSV", async () => {
    const query = `${EUROSTAT_API}?unit=EUR_HAB&geo=IT&geo=ITC1&geo=ITC11&geo=ITC`;
    const id = await recipe('Eurostat PIL (API)', query, { options: { indicator: TSV_OPTIONS.indicator } });
    const res = await t.api.post(`/api/import-recipes/${id}/refresh`).set(bearer).expect(202);
    const fromApi = await previewOf(res.body.batchId);
    expect(fromApi).toMatchObject({ status: 'previewed', file: { format: 'json-stat' } });
    expect(src.requests.at(-1)).toBe(query);
    // Only the values, without the TSV's ":" cells: the same 23 new values the bulk file gives.
    expect(fromApi.counts).toMatchObject({ errors: 0, inserted: 23 });
    expect(fromApi.report.periods).toEqual({ first: '2000', last: '2022' });
  });

  it('names the HTTP status of a missing source (502), writes nothing', async () => {
    const p = await refusedRefresh(await recipe('Sparita', '/SDMXWS/rest/data/NOPE'), 502, 'source.httpStatus');
    expect(p.params).toEqual({ status: 404 });
    expect(p.detail).toContain('HTTP 404');
  });

  it('gives up on a source that never answers (504)', async () => {
    const p = await refusedRefresh(await recipe('Lenta', '/hang'), 504, 'source.timeout');
    expect(p.params).toEqual({ seconds: 0.7 });
  });

  it('stops at a redirect loop and refuses a redirect to another scheme', async () => {
    expect((await refusedRefresh(await recipe('Giro', '/loop'), 502, 'source.tooManyRedirects')).params).toEqual({ max: 5 });
    expect(src.requests.filter((r) => r.startsWith('/loop')).length).toBe(6);
    await refusedRefresh(await recipe('FTP', '/to-ftp'), 422, 'source.badScheme');
  });

  it('refuses a file over the size limit (422), leaving no partial file', async () => {
    await refusedRefresh(await recipe('Enorme', '/big'), 422, 'source.tooLarge');
    expect(fs.readdirSync(t.uploadDir).filter((f) => f.startsWith('.source-'))).toEqual([]);
  });
});

describe('checks', () => {
  it('304 on the known ETag is unchanged; a new version is changed (new data) until refreshed', async () => {
    const id = await recipe('ISTAT incidenti', ISTAT);
    const check = async () => (await t.api.post(`/api/import-recipes/${id}/check`).set(bearer).expect(200)).body;
    // Never imported: whatever is there is new data.
    expect((await check()).check).toMatchObject({ status: 'changed', changedSinceImport: true, etag: expect.stringMatching(/^"/), lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    await previewOf((await t.api.post(`/api/import-recipes/${id}/refresh`).set(bearer).expect(202)).body.batchId);
    const before = src.requests.length;
    expect((await check()).check).toMatchObject({ status: 'unchanged', changedSinceImport: false, error: null });
    expect(src.requests.length).toBe(before + 1);

    src.publish(ISTAT, Buffer.concat([SDMX_CSV, Buffer.from('IT1:41_983(1.0),A,F,072006,KILLINJ,2025,3001,,,,,,,,,\n')]));
    const changed = await check();
    expect(changed.check).toMatchObject({ status: 'changed', changedSinceImport: true });
    const listed = (await t.api.get('/api/import-recipes').set(bearer).expect(200)).body;
    expect(listed.items.find((r: { id: number }) => r.id === id).check.changedSinceImport).toBe(true);
    expect(listed.checkDays).toBe(7);
    // Checked again without a refresh: unchanged since the last check, still new data since the import.
    expect((await check()).check).toMatchObject({ status: 'unchanged', changedSinceImport: true });
  });

  it('creates the upload folder when no upload made it yet', async () => {
    fs.rmSync(t.uploadDir, { recursive: true, force: true });
    const id = await recipe('Prima di ogni caricamento', ISTAT);
    const body = (await t.api.post(`/api/import-recipes/${id}/check`).set(bearer).expect(200)).body;
    expect(body.check).toMatchObject({ status: 'changed', error: null });
  });

  it('records a source that cannot be read as an error with its code', async () => {
    const id = await recipe('Sparita', '/gone.csv');
    const body = (await t.api.post(`/api/import-recipes/${id}/check`).set(bearer).expect(200)).body;
    expect(body.check).toMatchObject({ status: 'error', error: { code: 'source.httpStatus', params: { status: 404 } } });
  });

  it('the scheduled check claims each due recipe once with two pollers', async () => {
    await t.db('import_recipes').update({ next_check_at: new Date('2099-01-01') });
    const ids = [];
    for (let i = 1; i <= 4; i++) ids.push(await recipe(`Dovuta ${i}`, `${EUROSTAT}?due=${i}`));
    await t.db('import_recipes').whereIn('id', ids).update({ next_check_at: new Date(now.getTime() - 1000) });
    const opts = { dir: t.uploadDir, timeoutMs: 2000, maxBytes: 100_000, checkDays: 7, clock: () => now, log: () => undefined };
    const [a, b] = [new SourceChecks(t.db, opts), new SourceChecks(t.db, opts)];
    const before = src.requests.length;
    const done = await Promise.all([a.runDue(), b.runDue()]);
    expect(done[0]! + done[1]!).toBe(4);
    expect(src.requests.slice(before).sort()).toEqual(ids.map((_, i) => `${EUROSTAT}?due=${i + 1}`));
    const rows = await t.db('import_recipes').whereIn('id', ids).select('last_check_status', 'next_check_at');
    for (const r of rows) {
      expect(r.last_check_status).toBe('changed');
      expect(new Date(r.next_check_at).getTime()).toBe(now.getTime() + 7 * 86_400_000);
    }
    // Nothing is due any more: a second round checks nothing.
    now = new Date(now.getTime() + 86_400_000);
    expect(await a.runDue()).toBe(0);
  });
});
