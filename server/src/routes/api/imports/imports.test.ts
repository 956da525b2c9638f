import crypto from 'node:crypto';
import fs from 'node:fs';
import { sharedFile } from '../../../imports/readers/test-utils';
import { hostileXlsx } from '../../../imports/readers/zip-test-utils';
import { loginAs } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const TOKEN = 'test-admin-token-0123456789abcdef';
/** The session of an analyst, who imports (set in beforeAll). */
let auth: Record<string, string> = {};
let analyst = '';
const EUROSTAT = sharedFile('series/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv');
const EUROSTAT_FIELDS: [string, string][] = [
  ['indicator', 'EUROSTAT_GDP_EUR_HAB'],
  ['filter', 'unit=EUR_HAB'],
  ['filter', 'geo=IT,ITC1,ITC11,ITC'],
];
const tidy = (rows: string[]) => Buffer.from(['indicatore;territorio;periodo;valore;flag', ...rows].join('\n') + '\n', 'utf8');

type Batch = {
  id: number;
  status: string;
  file: { name: string; format: string; checksum: string; sizeBytes: number };
  counts: Record<string, number>;
  progress: null | { phase: string; rowsDone: number; rowsTotal: number | null; bytesDone: number; bytesTotal: number; percent: number };
  report: null | { status: string; alreadyImported: { batchId: number } | null; errors: { row?: number; column?: string; message: string }[] };
  error: string | null;
  createdBy: string;
};

describe('imports API', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A long revalidation interval: a changed value shows at once only because commit and rollback drop the cache.
    t = await createTestApp({ adminToken: TOKEN, maxUploadBytes: 4 * 1024 * 1024, cacheRevalidateMs: 600_000 });
    const session = await loginAs(t, 'analyst');
    auth = session.headers;
    analyst = session.account.email;
  });
  afterAll(() => t.destroy());

  const upload = (file: string | Buffer, name: string, fields: [string, string][] = []) => {
    let req = t.api.post('/api/imports').set(auth);
    for (const [k, v] of fields) req = req.field(k, v);
    return req.attach('file', file, name);
  };

  /** Polls the batch until it reaches one of `statuses`; every answer seen goes to `seen`. */
  async function waitFor(id: number, statuses: string[], seen: Batch[] = [], timeoutMs = 60_000): Promise<Batch> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const res = await t.api.get(`/api/imports/${id}`).set(auth).expect(200);
      seen.push(res.body);
      if (statuses.includes(res.body.status)) return res.body;
      if (Date.now() > until) throw new Error(`batch ${id} still "${res.body.status}" after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  const observationCount = async () => Number(((await t.db('observations').count({ n: '*' }).first()) as { n: number }).n);
  const value = async (indicator: string, territory: string, period: string) => {
    const res = await t.api.get(`/api/observations?indicator=${indicator}&territory=${territory}`).expect(200);
    return res.body.items.find((o: { period: string }) => o.period === period)?.value;
  };

  it('needs an analyst (or admin): 401 without a session or with a wrong token, 403 for a manager', async () => {
    const manager = await loginAs(t, 'manager');
    for (const [path, method] of [
      ['/api/imports', 'get'],
      ['/api/imports', 'post'],
      ['/api/imports/1', 'get'],
      ['/api/imports/1/commit', 'post'],
      ['/api/imports/1/rollback', 'post'],
    ] as const) {
      const none = await t.api[method](path);
      expect(problem(none, 401).detail).toMatch(/Log in first/);
      const wrongRole = await t.api[method](path).set(manager.headers);
      expect(problem(wrongRole, 403).detail).toBe('This needs the role admin or analyst; you are manager.');
    }
    const wrong = await t.api.get('/api/imports').set('Authorization', `Bearer ${TOKEN}x`).expect(401);
    expect(wrong.headers['www-authenticate']).toMatch(/^Bearer .*invalid_token/);
    await t.api.get('/api/imports').set('Authorization', `Basic ${TOKEN}`).expect(401);
  });

  it('accepts the automation token (ADMIN_TOKEN) as an admin, without CSRF header', async () => {
    await t.api.get('/api/imports').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    await t.api.post('/api/imports/99999/commit').set('Authorization', `Bearer ${TOKEN}`).expect(404);
  });

  it('previews an upload, shows it, commits it; the new values are served at once', async () => {
    const before = await observationCount();
    const served = async () => (await t.api.get('/api/observations?indicator=EUROSTAT_GDP_EUR_HAB').expect(200)).body.items as { importBatchId: number }[];
    const servedBefore = (await served()).length; // cached from now on
    const res = await upload(EUROSTAT, 'nama_10r_3gdp.tsv', EUROSTAT_FIELDS).expect(202);
    const id = res.body.id as number;
    expect(res.headers.location).toBe(`/api/imports/${id}`);
    expect(res.body).toMatchObject({
      status: 'uploaded',
      file: {
        name: 'nama_10r_3gdp.tsv',
        // Detected from the first bytes as soon as the file is received.
        format: 'eurostat-tsv',
        formatLabel: expect.stringContaining('Eurostat'),
        sizeBytes: fs.statSync(EUROSTAT).size,
        checksum: crypto.createHash('sha256').update(fs.readFileSync(EUROSTAT)).digest('hex'),
      },
      options: { indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB', geo: 'IT,ITC1,ITC11,ITC' } },
      progress: null,
      createdBy: analyst,
    });

    const previewed = await waitFor(id, ['previewed', 'invalid', 'failed']);
    expect(previewed).toMatchObject({ status: 'previewed', progress: null, error: null, file: { format: 'eurostat-tsv' } });
    expect(previewed.counts).toMatchObject({ inserted: 23, unchanged: 68, updated: 0, errors: 0 });
    expect(previewed.report).toMatchObject({ status: 'previewed', errors: [] });
    expect(await observationCount()).toBe(before);

    const list = await t.api.get('/api/imports').set(auth).expect(200);
    expect(list.body.items[0]).toMatchObject({ id, status: 'previewed' });
    expect(list.body.items[0].report).toBeUndefined();
    expect(list.body.total).toBeGreaterThan(1); // the seed's batches too
    const filtered = await t.api.get('/api/imports?status=previewed&pageSize=1').set(auth).expect(200);
    expect(filtered.body).toMatchObject({ page: 1, pageSize: 1, total: 1 });

    const commit = await t.api.post(`/api/imports/${id}/commit`).set(auth).set('X-Request-Id', `commit-${id}`).expect(202);
    expect(commit.headers.location).toBe(`/api/imports/${id}`);
    expect(commit.body.status).toBe('committing');
    const committed = await waitFor(id, ['committed', 'invalid', 'failed']);
    expect(committed.status).toBe('committed');
    expect(committed.counts).toMatchObject({ inserted: 23, unchanged: 68, updated: 0 });
    expect(committed.report!.status).toBe('committed');
    // The job ran after the answer, but its audit entry names the request that asked for the commit.
    const audited = await t.db('audit_log').where({ action: 'import', resource_type: 'import_batch', resource_id: String(id) }).first('request_id');
    expect(audited).toEqual({ request_id: `commit-${id}` });
    expect(await observationCount()).toBe(before + 23);
    expect(Number(((await t.db('observations').where('import_batch_id', id).count({ n: '*' }).first()) as { n: number }).n)).toBe(23);
    const servedAfter = await served();
    expect(servedAfter.length).toBe(servedBefore + 23);
    expect(servedAfter.filter((o) => o.importBatchId === id)).toHaveLength(23);

    // The same file with the same options again: already imported, nothing to commit.
    const again = await upload(EUROSTAT, 'copy.tsv', EUROSTAT_FIELDS).expect(202);
    const dup = await waitFor(again.body.id, ['previewed', 'invalid', 'failed']);
    expect(dup.report).toMatchObject({ status: 'already_imported', alreadyImported: { batchId: id } });
    const refused = await t.api.post(`/api/imports/${again.body.id}/commit`).set(auth);
    expect(problem(refused, 409).detail).toMatch(new RegExp(`already imported .* batch ${id}`));
    // A committed batch cannot be committed twice.
    expect(problem(await t.api.post(`/api/imports/${id}/commit`).set(auth), 409).detail).toMatch(/already committed/);
  });

  it('commits a revision, rolls it back (a later revision first), and the API shows each value at once', async () => {
    expect(await value('BES_10AMB001P', 'ITC11', '2023')).toBe(35);
    const first = await upload(tidy(['BES_10AMB001P;ITC11;2023;36,5;p']), 'revisione.csv').expect(202);
    expect((await waitFor(first.body.id, ['previewed', 'invalid', 'failed'])).counts).toMatchObject({ updated: 1, inserted: 0 });
    await t.api.post(`/api/imports/${first.body.id}/commit`).set(auth).expect(202);
    expect((await waitFor(first.body.id, ['committed', 'invalid', 'failed'])).status).toBe('committed');
    expect(await value('BES_10AMB001P', 'ITC11', '2023')).toBe(36.5);

    const second = await upload(tidy(['BES_10AMB001P;ITC11;2023;37']), 'revisione-2.csv').expect(202);
    await waitFor(second.body.id, ['previewed']);
    await t.api.post(`/api/imports/${second.body.id}/commit`).set(auth).expect(202);
    await waitFor(second.body.id, ['committed']);
    expect(await value('BES_10AMB001P', 'ITC11', '2023')).toBe(37);

    const blocked = await t.api.post(`/api/imports/${first.body.id}/rollback`).set(auth);
    expect(problem(blocked, 409).detail).toMatch(new RegExp(`later batch\\(es\\) ${second.body.id}`));
    const undo2 = await t.api.post(`/api/imports/${second.body.id}/rollback`).set(auth).expect(200);
    expect(undo2.body).toEqual({ batchId: second.body.id, removed: 1, restored: 1, indicatorsRemoved: [] });
    expect(await value('BES_10AMB001P', 'ITC11', '2023')).toBe(36.5);
    const undo1 = await t.api.post(`/api/imports/${first.body.id}/rollback`).set(auth).expect(200);
    expect(undo1.body).toMatchObject({ removed: 1, restored: 1 });
    expect(await value('BES_10AMB001P', 'ITC11', '2023')).toBe(35);

    const shown = await t.api.get(`/api/imports/${first.body.id}`).set(auth).expect(200);
    expect(shown.body).toMatchObject({ status: 'rolled_back', rolledBackBy: analyst });
    const again = await t.api.post(`/api/imports/${first.body.id}/rollback`).set(auth);
    expect(problem(again, 409).detail).toMatch(/rolled_back/);
    await t.api.post(`/api/imports/${first.body.id}/commit`).set(auth).expect(409);
  });

  it('marks a file with errors invalid, naming row and column, and refuses to commit it', async () => {
    const before = await observationCount();
    const res = await upload(
      tidy(['BES_10AMB001P;ZZZ999;2023;36,5;', 'BES_10AMB001P;ITC11;2022;abc;', 'BES_10AMB001P;ITC11;2021;40;']),
      'sbagliato.csv',
    ).expect(202);
    const invalid = await waitFor(res.body.id, ['previewed', 'invalid', 'failed']);
    expect(invalid.status).toBe('invalid');
    expect(invalid.report!.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'territorio' }),
        expect.objectContaining({ row: 3, column: 'valore' }),
      ]),
    );
    expect(invalid.counts.errors).toBe(2);
    const refused = await t.api.post(`/api/imports/${res.body.id}/commit`).set(auth);
    expect(problem(refused, 409).detail).toMatch(/the preview found 2 errors/);
    expect(await observationCount()).toBe(before);
  });

  it('marks hostile files invalid naming where (zip bomb, endless line, deep XML) while other requests are answered', async () => {
    const hostile: [Buffer, string, RegExp][] = [
      [
        hostileXlsx({ sharedStrings: { chunk: `<si><t>${'A'.repeat(1000)}</t></si>`, times: 200_000 } }),
        'bomba.xlsx',
        /The workbook part xl\/sharedStrings\.xml inflates to more than 100 times .*"zip bomb"/,
      ],
      [Buffer.from('indicatore;territorio;periodo;valore\nA;ITC11;2020;1\n' + 'x'.repeat(3 * 1024 * 1024)), 'riga.csv', /Row 3 is longer than 1 MiB/],
      [
        Buffer.from('<?xml version="1.0"?>\n<message:GenericData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message">\n' + '<a>'.repeat(100_000)),
        'profondo.xml',
        /nested more than 64 deep \(at line 3/,
      ],
    ];
    for (const [file, name, message] of hostile) {
      const res = await upload(file, name).expect(202);
      let done = false;
      const batch = waitFor(res.body.id, ['previewed', 'invalid', 'failed']).finally(() => {
        done = true;
      });
      // The API keeps answering while the file is read: list the plans until the preview ends. How long
      // each waited is no unit test's to judge (on the embedded database the preview's transaction holds
      // the one connection); the event loop's freedom during a read is measured, relative to the read,
      // in read-worker/read-in-worker.test.ts and run-import.test.ts.
      do await t.api.get('/api/plans').expect(200);
      while (!done);
      const result = await batch;
      expect({ name, status: result.status }).toEqual({ name, status: 'invalid' });
      expect(result.report!.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message) })]);
    }
  });

  it('answers 400 naming the field at fault, 415 without a form, 413 over the limit, and keeps nothing', async () => {
    const batches = await t.db('import_batches').count({ n: '*' }).first();
    const file = tidy(['BES_10AMB001P;ITC11;2023;36,5;']);
    const bad = async (fields: [string, string][], name: string) => {
      const res = await upload(file, 'x.csv', fields);
      expect(problem(res, 400).errors!.map((e) => e.name)).toContain(name);
    };
    await bad([['format', 'pdf']], 'format');
    await bad([['source', 'nobody']], 'source');
    await bad([['filter', 'unit']], 'filter');
    await bad([['map', '=B']], 'map');
    await bad([['createIndicators', 'yes']], 'createIndicators');
    await bad([['colour', 'blue']], 'colour');
    await bad([['indicator', 'A'], ['indicator', 'B']], 'indicator');
    const noFile = await t.api.post('/api/imports').set(auth).field('indicator', 'X');
    expect(problem(noFile, 400).errors![0]).toMatchObject({ name: 'file' });
    await upload(Buffer.alloc(0), 'empty.csv').expect(400);
    await t.api.post('/api/imports').set(auth).send({ file: 'x' }).expect(415);
    const big = await upload(Buffer.alloc(4 * 1024 * 1024 + 10, 'a'), 'big.csv');
    expect(problem(big, 413).detail).toMatch(/MAX_UPLOAD_MB/);
    expect(await t.db('import_batches').count({ n: '*' }).first()).toEqual(batches);
    expect(fs.readdirSync(t.uploadDir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('reports progress (rows and bytes) while a large file is previewed', async () => {
    const territories = (await t.db('territories').where('level', 'comune').pluck('code')) as string[];
    const rows: string[] = [];
    for (const code of territories) for (let year = 1901; year <= 2060; year++) rows.push(`BES_10AMB001P;${code};${year};${(year % 97) + 0.5};`);
    expect(rows.length).toBeGreaterThan(40_000);
    const res = await upload(tidy(rows), 'grande.csv').expect(202);
    const seen: Batch[] = [];
    const done = await waitFor(res.body.id, ['previewed', 'invalid', 'failed'], seen);
    expect(done.status).toBe('previewed');
    expect(done.counts.inserted).toBe(rows.length);
    const running = seen.filter((b) => b.progress);
    // Rows are counted once the file's lines are (rowsTotal null until then).
    expect(running.some((b) => b.progress!.rowsTotal === rows.length && b.progress!.rowsDone > 0)).toBe(true);
    for (const b of running) {
      expect(b.status).toBe('previewing');
      expect(b.progress).toEqual({
        phase: expect.stringMatching(/^(reading|checking|done)$/),
        rowsDone: expect.any(Number),
        rowsTotal: b.progress!.rowsTotal === null ? null : rows.length,
        bytesDone: expect.any(Number),
        bytesTotal: done.file.sizeBytes,
        percent: expect.any(Number),
      });
      expect(b.progress!.percent).toBeGreaterThanOrEqual(0);
      expect(b.progress!.percent).toBeLessThanOrEqual(100);
    }
  });

  it('answers 404 for an unknown batch and 400 for a malformed number', async () => {
    for (const [method, path] of [
      ['get', '/api/imports/999999'],
      ['post', '/api/imports/999999/commit'],
      ['post', '/api/imports/999999/rollback'],
    ] as const) {
      const res = await t.api[method](path).set(auth);
      expect(problem(res, 404).detail).toBe('Import batch "999999" does not exist.');
    }
    const res = await t.api.get('/api/imports/abc').set(auth);
    expect(problem(res, 400).errors![0]).toMatchObject({ name: 'id' });
    await t.api.post('/api/imports/0/commit').set(auth).expect(400);
    await t.api.get('/api/imports/99999999999').set(auth).expect(400);
  });

  it('marks jobs a stopped process left running as failed', async () => {
    const [gone] = await t.db('app_processes').insert({ tag: 'psm-gone', host: 'h', pid: 1 }).returning('id');
    const [{ id }] = await t.db('import_batches')
      .insert({ status: 'previewing', file_name: 'lost.csv', format: 'unknown', checksum: 'x', created_by_label: 'admin-token', worker_id: gone.id })
      .returning('id');
    // This process is the only one on this database: every other registered process is gone.
    expect(await t.app.locals.importJobs.start()).toEqual({ failed: 1 });
    await t.app.locals.importJobs.idle();
    const res = await t.api.get(`/api/imports/${id}`).set(auth).expect(200);
    expect(res.body).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Interrupted.*nothing was written/) });
    expect(problem(await t.api.post(`/api/imports/${id}/commit`).set(auth), 409).detail).toMatch(/failed/);
  });

  it('documents the import endpoints in OpenAPI, with the bearer scheme, and on the docs page', async () => {
    const doc = (await t.api.get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/imports', '/api/imports/{id}', '/api/imports/{id}/commit', '/api/imports/{id}/rollback']),
    );
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'psm_session' });
    expect(doc.components.securitySchemes.adminToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    const post = doc.paths['/api/imports'].post;
    expect(post.security).toEqual([{ session: [] }, { adminToken: [] }]);
    expect(post['x-roles']).toEqual(['admin', 'analyst']);
    expect(post.requestBody.content['multipart/form-data'].schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(post.requestBody.content['multipart/form-data'].schema.required).toEqual(['file']);
    expect(Object.keys(post.responses)).toEqual(['202', '400', '401', '403', '413', '415']);
    expect(post.responses['202'].headers.Location).toBeDefined();
    expect(Object.keys(doc.paths['/api/imports/{id}/commit'].post.responses)).toEqual(['202', '400', '401', '403', '404', '409']);
    expect(doc.paths['/api/imports/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
    expect(doc.paths['/api/plans'].get.security).toBeUndefined();
    const page = await t.api.get('/api/docs').expect(200);
    expect(page.text).toContain('<code>/api/imports/{id}/commit</code>');
  });
});

describe('imports API without ADMIN_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('refuses every bearer token (401): only accounts can import', async () => {
    for (const [method, path] of [
      ['get', '/api/imports'],
      ['post', '/api/imports'],
      ['get', '/api/imports/1'],
      ['post', '/api/imports/1/commit'],
      ['post', '/api/imports/1/rollback'],
    ] as const) {
      const res = await t.api[method](path).set('Authorization', 'Bearer anything-at-all-here');
      expect(problem(res, 401).detail).toBe('The bearer token is not valid.');
    }
  });
});
