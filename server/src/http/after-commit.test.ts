import type { Knex } from 'knex';
import request, { type Response, type Test } from 'supertest';
import { createAccount } from '../test/accounts';
import { createTestApp, type TestApp } from '../test/test-app';
import { startSourceServer } from '../routes/api/import-recipes/source-server';

const TOKEN = 'after-commit-test-token-0123456789';
const bearer = { Authorization: `Bearer ${TOKEN}` };
const PLAN = '/api/plans/psm-2024-2026';
const ACTION = `${PLAN}/actions/1.1.2`;
const IND = '/api/indicators/BES_10AMB001P';
const TOOL = '/api/planning-tools/pums-test';
const statusBody = { code: 'in_verifica', labelIt: 'In verifica', labelEn: 'Under review', rag: 'amber', colour: '#F0E442', position: 8, closed: false };
const update = { status: 'in_corso', progress: 60, reportingPeriod: '2024-S2', comment: 'Gara aggiudicata' };
const planCsv = Buffer.from('codice;codice_padre;titolo\n1.6;1;Strategia aggiunta\n1.6.1;1.6;Azione aggiunta\n');
const observationsCsv = Buffer.from('indicatore;territorio;periodo;valore;flag\nBES_10AMB001P;ITC11;2023;36,5;p\n');

/**
 * Makes the database "go away" right after a request's COMMIT: every query attempted after it is
 * recorded and fails as a lost connection would. A write that reads its answer after committing
 * would answer 503 although it was saved.
 */
function failAfterCommit(db: Knex) {
  let armed = false;
  let committed = false;
  let commitsLeft = 1;
  const after: string[] = [];
  db.on('query', (q: { sql: string }) => {
    if (!armed) return;
    if (committed) {
      after.push(q.sql);
      throw Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' });
    }
    if (/^commit\b/i.test(q.sql) && --commitsLeft === 0) committed = true;
  });
  return {
    /** Sends `req` with the fault armed after its `commits`-th COMMIT; what ran after it, and whether there was one. */
    async send(req: Test, commits = 1): Promise<{ res: Response; committed: boolean; after: string[] }> {
      armed = true;
      committed = false;
      commitsLeft = commits;
      after.length = 0;
      try {
        const res = await req;
        return { res, committed, after: [...after] };
      } finally {
        armed = false;
      }
    },
  };
}

type Step = {
  /** The route, as `METHOD /path` of its definition. */
  route: string;
  status: number;
  send: () => Test;
  /** The write is in the database (checked with the fault off). */
  saved: (res: Response) => Promise<void>;
  /** False for the writes of a single statement (no COMMIT of their own). */
  transaction?: boolean;
  /** The COMMIT that saves the write, when transactions of bookkeeping come first (default 1). */
  commits?: number;
  /**
   * Queries of the job the write queued, which this process starts at once in the background (the
   * e-mails of a reporting round): they may run after the COMMIT, the answer never reads them.
   */
  background?: RegExp;
};

/**
 * Every write of the API, with the database failing right after its COMMIT: each still answers
 * success, and what it answered is what was saved. Nothing of a write runs after its COMMIT.
 */
describe('a committed write answers success whatever happens after COMMIT', () => {
  let t: TestApp;
  let fault: ReturnType<typeof failAfterCommit>;
  const ids: Record<string, number> = {};
  /** The action's ETag before each step: the version its writes are based on (If-Match). */
  let etag = '';
  let sessionCookie = '';
  let csrf = '';
  const account = { email: '', password: '' };
  let src: Awaited<ReturnType<typeof startSourceServer>>;
  const one = (table: string, where: Record<string, unknown>) => t.db(table).where(where).first();

  beforeAll(async () => {
    t = await createTestApp({ adminToken: TOKEN, cacheRevalidateMs: 600_000 });
    src = await startSourceServer();
    fault = failAfterCommit(t.db);
    Object.assign(account, await createAccount(t.db, 'analyst'));
    // A manager with an action to report, for the reporting round's resend.
    const [office] = await t.db('offices').insert({ code: 'UFF-RIL', name: 'Ufficio rilevazioni' }).returning('id');
    await createAccount(t.db, 'manager', { officeCode: 'UFF-RIL' });
    await t.db('actions').whereIn('plan_id', t.db('plans').where({ code: 'psm-2024-2026' }).select('id')).where({ code: '3.1.1' }).update({ office_id: office.id });
  });
  afterAll(async () => {
    await t.destroy();
    await src.close();
  });

  const etagOf = async (path: string) => (await t.api.get(path).expect(200)).headers.etag!;
  const steps: Step[] = [
    {
      route: 'post /api/auth/login',
      status: 200,
      // The attempt takes its place among the failures first (the lockout's locked step), then the
      // session is saved: the second COMMIT is the write.
      commits: 2,
      send: () => t.api.post('/api/auth/login').send(account),
      saved: async (res) => {
        sessionCookie = /^psm_session=[^;]+/.exec(res.headers['set-cookie']![0]!)![0];
        csrf = res.body.csrfToken;
        await request(t.app).get('/api/auth/me').set('Cookie', sessionCookie).expect(200);
      },
    },
    {
      route: 'post /api/setup',
      status: 201,
      // No administrator yet (the accounts here are an analyst and a manager): the first one, with the printed code.
      send: () => t.api.post('/api/setup').send({ code: t.app.locals.setup.issue(), email: 'prima@example.org', password: 'correct horse battery' }),
      saved: async (res) => {
        expect(await one('users', { email: 'prima@example.org' })).toMatchObject({ role: 'admin', active: true });
        const cookie = /^psm_session=[^;]+/.exec(res.headers['set-cookie']![0]!)![0];
        await request(t.app).get('/api/auth/me').set('Cookie', cookie).expect(200);
      },
    },
    {
      route: 'post /api/auth/logout',
      status: 200,
      send: () => t.api.post('/api/auth/logout').set({ Cookie: sessionCookie, 'X-CSRF-Token': csrf }),
      saved: async () => {
        await request(t.app).get('/api/auth/me').set('Cookie', sessionCookie).expect(401);
      },
    },
    {
      route: 'post /api/action-statuses',
      status: 201,
      send: () => t.api.post('/api/action-statuses').set(bearer).send(statusBody),
      saved: async () => expect(await one('action_statuses', { code: 'in_verifica' })).toMatchObject({ label_en: 'Under review' }),
    },
    {
      route: 'patch /api/action-statuses/:code',
      status: 200,
      send: () => t.api.patch('/api/action-statuses/in_verifica').set(bearer).send({ labelEn: 'Being reviewed' }),
      saved: async () => expect(await one('action_statuses', { code: 'in_verifica' })).toMatchObject({ label_en: 'Being reviewed' }),
    },
    {
      route: 'delete /api/action-statuses/:code',
      status: 200,
      send: () => t.api.delete('/api/action-statuses/in_verifica').set(bearer),
      saved: async () => expect(await one('action_statuses', { code: 'in_verifica' })).toBeUndefined(),
    },
    {
      route: 'post /api/plans/:plan/actions/:code/updates',
      status: 201,
      send: () => t.api.post(`${ACTION}/updates`).set(bearer).set('If-Match', etag).send(update),
      saved: async (res) => {
        // The answer read in the transaction is the action as everyone reads it now.
        const now = await t.api.get(ACTION).expect(200);
        expect(res.body).toEqual(now.body);
        expect(res.headers.etag).toBe(now.headers.etag);
        expect(res.body.history[0]).toMatchObject({ status: 'in_corso', progress: 60, comment: 'Gara aggiudicata' });
      },
    },
    {
      route: 'patch /api/plans/:plan/actions/:code',
      status: 200,
      send: () => t.api.patch(ACTION).set(bearer).set('If-Match', etag).send({ bodyRole: 'coordination', weight: 2 }),
      saved: async (res) => {
        expect(res.body).toEqual((await t.api.get(ACTION).expect(200)).body);
        expect(res.body).toMatchObject({ bodyRole: 'coordination', weight: 2 });
      },
    },
    {
      route: 'post /api/plans/:plan/actions/register',
      status: 200,
      send: () => t.api.post(`${PLAN}/actions/register`).set(bearer).attach('file', Buffer.from('codice_azione,peso\n2.1.2,3\n'), 'registro.csv'),
      saved: async () => expect((await t.api.get(`${PLAN}/actions/2.1.2`).expect(200)).body).toMatchObject({ weight: 3 }),
    },
    {
      route: 'post /api/indicators',
      status: 201,
      send: () => t.api.post('/api/indicators').set(bearer).send({ code: 'TEST_AFTER_COMMIT', name: 'Indicatore costruito', source: 'ente', kind: 'constructed' }),
      saved: async (res) => {
        // A new indicator is a draft: the back office reads it (with its publication status besides).
        const { publication, ...detail } = (await t.api.get('/api/backoffice/indicators/TEST_AFTER_COMMIT').set(bearer).expect(200)).body;
        expect(publication).toMatchObject({ status: 'draft' });
        expect(res.body).toEqual(detail);
        expect(await one('indicators', { code: 'TEST_AFTER_COMMIT' })).toMatchObject({ kind: 'constructed' });
      },
    },
    {
      route: 'patch /api/indicators/:code',
      status: 200,
      send: () => t.api.patch(IND).set(bearer).send({ decimals: 1 }),
      saved: async (res) => {
        expect(res.body).toEqual((await t.api.get(IND).expect(200)).body);
        expect(await one('indicators', { code: 'BES_10AMB001P' })).toMatchObject({ decimals: 1 });
      },
    },
    {
      route: 'post /api/indicators/:code/targets',
      status: 201,
      send: () => t.api.post(`${IND}/targets`).set(bearer).send({ territory: 'ITC11', period: '2030', value: 20, sourceUrl: 'https://example.org/obiettivi/pm10' }),
      saved: async (res) => {
        ids.target = res.body.id;
        expect(await one('targets', { id: res.body.id })).toMatchObject({ period: '2030' });
      },
    },
    {
      route: 'delete /api/indicators/:code/targets/:id',
      status: 200,
      send: () => t.api.delete(`${IND}/targets/${ids.target}`).set(bearer),
      saved: async () => expect(await one('targets', { id: ids.target })).toBeUndefined(),
    },
    {
      route: 'post /api/indicators/:code/unpublish',
      status: 200,
      send: () => t.api.post(`${IND}/unpublish`).set(bearer),
      saved: async (res) => {
        expect(res.body.publication).toMatchObject({ status: 'draft' });
        expect(await one('indicators', { code: 'BES_10AMB001P' })).toMatchObject({ status: 'draft' });
      },
    },
    {
      route: 'post /api/indicators/:code/publish',
      status: 200,
      send: () => t.api.post(`${IND}/publish`).set(bearer),
      saved: async (res) => {
        expect(res.body).toEqual((await t.api.get(`/api/backoffice/indicators/BES_10AMB001P`).set(bearer).expect(200)).body);
        expect(await one('indicators', { code: 'BES_10AMB001P' })).toMatchObject({ status: 'published' });
      },
    },
    {
      route: 'post /api/indicators/:code/values',
      status: 201,
      send: () => t.api.post(`${IND}/values?dryRun=false`).set(bearer).send({ rows: [{ territory: 'ITC11', period: '2031', value: '7,5' }] }),
      saved: async (res) => {
        expect(res.body).toMatchObject({ status: 'committed', batchId: expect.any(Number), counts: { inserted: 1 } });
        expect(await one('observations', { import_batch_id: res.body.batchId })).toMatchObject({ period: '2031' });
      },
    },
    {
      route: 'post /api/indicators/:code/values/file',
      status: 201,
      send: () => t.api.post(`${IND}/values/file?dryRun=false`).set(bearer).attach('file', Buffer.from('territorio;periodo;valore\nITC11;2032;8\n'), 'valori.csv'),
      saved: async (res) => expect(await one('observations', { import_batch_id: res.body.batchId })).toMatchObject({ period: '2032' }),
    },
    {
      route: 'put /api/plans/:plan/strategies/:code/indicators',
      status: 200,
      send: () => t.api.put(`${PLAN}/strategies/2.1/indicators`).set(bearer).send({ items: [{ indicator: 'BES_10AMB001P', demonstration: true, rationale: 'Prova' }] }),
      saved: async (res) => expect(res.body).toEqual((await t.api.get(`${PLAN}/strategies/2.1/indicators`).expect(200)).body),
    },
    {
      route: 'post /api/planning-tools',
      status: 201,
      send: () => t.api.post('/api/planning-tools').set(bearer).send({ code: 'pums-test', kind: 'pums', name: 'PUMS di prova' }),
      saved: async () => expect(await one('planning_tools', { code: 'pums-test' })).toMatchObject({ name: 'PUMS di prova' }),
    },
    {
      route: 'patch /api/planning-tools/:code',
      status: 200,
      send: () => t.api.patch(TOOL).set(bearer).send({ name: 'PUMS' }),
      saved: async () => expect(await one('planning_tools', { code: 'pums-test' })).toMatchObject({ name: 'PUMS' }),
    },
    {
      route: 'post /api/planning-tools/:code/objectives',
      status: 201,
      send: () => t.api.post(`${TOOL}/objectives`).set(bearer).send({ code: 'OS-1', title: 'Obiettivo di prova' }),
      saved: async () => expect(await one('planning_objectives', { code: 'OS-1' })).toMatchObject({ title: 'Obiettivo di prova' }),
    },
    {
      route: 'patch /api/planning-tools/:code/objectives/:objCode',
      status: 200,
      send: () => t.api.patch(`${TOOL}/objectives/OS-1`).set(bearer).send({ title: 'Obiettivo' }),
      saved: async () => expect(await one('planning_objectives', { code: 'OS-1' })).toMatchObject({ title: 'Obiettivo' }),
    },
    {
      route: 'put /api/plans/:plan/actions/:code/objectives',
      status: 200,
      send: () => t.api.put(`${PLAN}/actions/1.1.1/objectives`).set(bearer).send({ objectives: [{ tool: 'pums-test', objective: 'OS-1' }] }),
      saved: async (res) => expect(res.body.objectives).toEqual([{ tool: 'pums-test', objective: 'OS-1', title: 'Obiettivo', note: null }]),
    },
    {
      route: 'delete /api/planning-tools/:code/objectives/:objCode',
      status: 200,
      send: () => t.api.delete(`${TOOL}/objectives/OS-1`).set(bearer),
      saved: async () => expect(await one('planning_objectives', { code: 'OS-1' })).toBeUndefined(),
    },
    {
      route: 'delete /api/planning-tools/:code',
      status: 200,
      send: () => t.api.delete(TOOL).set(bearer),
      saved: async () => expect(await one('planning_tools', { code: 'pums-test' })).toBeUndefined(),
    },
    {
      route: 'post /api/users',
      status: 201,
      send: () => t.api.post('/api/users').set(bearer).send({ email: 'nuovo@example.org', name: 'Nuovo', role: 'analyst', password: 'a-long-password-1234' }),
      saved: async (res) => {
        ids.user = res.body.id;
        const listed = (await t.api.get('/api/users').set(bearer).expect(200)).body.items.find((u: { id: number }) => u.id === res.body.id);
        expect(res.body).toEqual(listed);
      },
    },
    {
      route: 'patch /api/users/:id',
      status: 200,
      send: () => t.api.patch(`/api/users/${ids.user}`).set(bearer).send({ name: 'Rinominato' }),
      saved: async () => expect(await one('users', { id: ids.user })).toMatchObject({ name: 'Rinominato' }),
    },
    {
      route: 'post /api/users/:id/unlock',
      status: 200,
      send: () => t.api.post(`/api/users/${ids.user}/unlock`).set(bearer),
      saved: async () => expect(await one('audit_log', { resource_type: 'user', resource_id: String(ids.user), action: 'update' })).toBeDefined(),
    },
    {
      route: 'post /api/offices',
      status: 201,
      send: () => t.api.post('/api/offices').set(bearer).send({ code: 'UFF-AC', name: 'Ufficio', email: 'uff@example.org' }),
      saved: async (res) => expect((await t.api.get('/api/offices/UFF-AC').set(bearer).expect(200)).body).toEqual(res.body),
    },
    {
      route: 'patch /api/offices/:code',
      status: 200,
      send: () => t.api.patch('/api/offices/UFF-AC').set(bearer).set('If-Match', '"v1-x"').send({ name: 'Ufficio rinominato', retired: true }),
      saved: async (res) => expect((await t.api.get('/api/offices/UFF-AC').set(bearer).expect(200)).body).toEqual(res.body),
    },
    {
      route: 'post /api/offices/import',
      status: 201,
      send: () => t.api.post('/api/offices/import').set(bearer).attach('file', Buffer.from('code,name\nUFF-AC2,Altro ufficio\n'), 'uffici.csv'),
      saved: async () => expect(await one('offices', { code: 'UFF-AC2' })).toMatchObject({ name: 'Altro ufficio' }),
    },
    {
      route: 'post /api/reports',
      status: 201,
      send: () => t.api.post('/api/reports').set(bearer).send({ plan: 'psm-2024-2026', title: 'Aggiornamento', referenceDate: '2026-01-31', sections: [{ kind: 'heading', text: 'Contesto' }] }),
      saved: async (res) => {
        ids.report = res.body.id;
        expect((await t.api.get(`/api/reports/${res.body.id}`).set(bearer).expect(200)).body).toEqual(res.body);
      },
    },
    {
      route: 'patch /api/reports/:id',
      status: 200,
      send: () => t.api.patch(`/api/reports/${ids.report}`).set(bearer).set('If-Match', '"v1-x"').send({ title: 'Aggiornamento 2026' }),
      saved: async (res) => expect((await t.api.get(`/api/reports/${ids.report}`).set(bearer).expect(200)).body).toEqual(res.body),
    },
    {
      route: 'post /api/reports/:id/finalise',
      status: 200,
      send: () => t.api.post(`/api/reports/${ids.report}/finalise`).set(bearer).set('If-Match', '"v2-x"'),
      saved: async () => expect(await one('reports', { id: ids.report })).toMatchObject({ status: 'final' }),
    },
    {
      route: 'post /api/reports/:id/duplicate',
      status: 201,
      send: () => t.api.post(`/api/reports/${ids.report}/duplicate`).set(bearer).send({}),
      saved: async (res) => expect(await one('reports', { id: res.body.id })).toMatchObject({ status: 'draft', duplicated_from: ids.report }),
    },
    {
      route: 'post /api/plans/import',
      status: 201,
      send: () => t.api.post('/api/plans/import').set(bearer).field('plan', 'psm-2021-2023').attach('file', planCsv, 'piano.csv'),
      saved: async () => expect(await t.db('actions as a').join('plans as p', 'p.id', 'a.plan_id').where({ 'p.code': 'psm-2021-2023', 'a.code': '1.6.1' }).first('a.id')).toBeDefined(),
    },
    {
      route: 'post /api/imports',
      status: 202,
      transaction: false,
      send: () => t.api.post('/api/imports').set(bearer).attach('file', observationsCsv, 'revisione.csv'),
      saved: async (res) => {
        ids.batch = res.body.id;
        await t.app.locals.importJobs.idle();
        expect(await one('import_batches', { id: res.body.id })).toMatchObject({ status: 'previewed' });
      },
    },
    {
      route: 'post /api/imports/:id/commit',
      status: 202,
      transaction: false,
      send: () => t.api.post(`/api/imports/${ids.batch}/commit`).set(bearer),
      saved: async () => {
        await t.app.locals.importJobs.idle();
        expect(await one('import_batches', { id: ids.batch })).toMatchObject({ status: 'committed' });
      },
    },
    {
      route: 'post /api/imports/:id/rollback',
      status: 200,
      send: () => t.api.post(`/api/imports/${ids.batch}/rollback`).set(bearer),
      saved: async () => expect(await one('import_batches', { id: ids.batch })).toMatchObject({ status: 'rolled_back' }),
    },
    {
      route: 'post /api/import-recipes',
      status: 201,
      send: () => t.api.post('/api/import-recipes').set(bearer).send({ name: 'ISTAT incidenti', url: `${src.base}/SDMXWS/rest/data/41_983` }),
      saved: async (res) => {
        ids.recipe = res.body.id;
        expect((await t.api.get(`/api/import-recipes/${res.body.id}`).set(bearer).expect(200)).body).toEqual(res.body);
      },
    },
    {
      route: 'patch /api/import-recipes/:id',
      status: 200,
      send: () => t.api.patch(`/api/import-recipes/${ids.recipe}`).set(bearer).send({ name: 'Incidenti stradali' }),
      saved: async (res) => expect((await t.api.get(`/api/import-recipes/${ids.recipe}`).set(bearer).expect(200)).body).toEqual(res.body),
    },
    {
      route: 'post /api/import-recipes/:id/check',
      status: 200,
      transaction: false,
      send: () => t.api.post(`/api/import-recipes/${ids.recipe}/check`).set(bearer),
      saved: async (res) => expect(res.body.check).toMatchObject({ status: 'changed', changedSinceImport: true }),
    },
    {
      route: 'post /api/import-recipes/:id/refresh',
      status: 202,
      // The preview job, queued once committed, starts in the background (registering this process first).
      background: /^(insert into "app_processes"|update import_batches b\s+set worker_id)/,
      send: () => t.api.post(`/api/import-recipes/${ids.recipe}/refresh`).set(bearer),
      saved: async (res) => {
        await t.app.locals.importJobs.idle();
        expect(await one('import_batches', { id: res.body.batchId })).toBeTruthy();
        expect(await one('import_recipes', { id: ids.recipe })).toMatchObject({ last_batch_id: res.body.batchId, changed_since_import: false });
      },
    },
    {
      route: 'delete /api/import-recipes/:id',
      status: 200,
      send: () => t.api.delete(`/api/import-recipes/${ids.recipe}`).set(bearer),
      saved: async () => expect(await one('import_recipes', { id: ids.recipe })).toBeUndefined(),
    },
    {
      route: 'post /api/plans/:plan/rounds',
      status: 201,
      background: /^update mail_jobs j set status = 'running'/,
      send: () => t.api.post(`${PLAN}/rounds`).set(bearer).send({ period: '2026-S2', deadline: '2099-01-15', reminderDays: 7 }),
      saved: async (res) => {
        ids.round = res.body.id;
        await t.app.locals.mailJobs.idle();
        expect(res.body).toEqual({ ...(await t.api.get(`${PLAN}/rounds/${res.body.id}`).set(bearer).expect(200)).body, managers: res.body.managers, jobs: res.body.jobs });
        expect(await one('reporting_rounds', { id: res.body.id })).toMatchObject({ period: '2026-S2', deadline: '2099-01-15' });
      },
    },
    {
      route: 'post /api/plans/:plan/rounds/:id/resend',
      status: 202,
      background: /^update mail_jobs j set status = 'running'/,
      send: () => t.api.post(`${PLAN}/rounds/${ids.round}/resend`).set(bearer).send({}),
      saved: async () => {
        await t.app.locals.mailJobs.idle();
        expect(await one('mail_jobs', { round_id: ids.round, kind: 'reinvio' })).toBeTruthy();
      },
    },
    {
      route: 'post /api/plans/:plan/rounds/:id/close',
      status: 200,
      send: () => t.api.post(`${PLAN}/rounds/${ids.round}/close`).set(bearer),
      saved: async (res) => {
        expect(res.body).toEqual((await t.api.get(`${PLAN}/rounds/${ids.round}`).set(bearer).expect(200)).body);
        expect((await one('reporting_rounds', { id: ids.round })).closed_at).not.toBeNull();
      },
    },
  ];

  it('covers every write the app mounts', () => {
    const writes = t.app.locals.routes.filter((r) => r.method !== 'get').map((r) => `${r.method} ${r.path}`);
    expect(steps.map((s) => s.route).sort()).toEqual(writes.sort());
  });

  it.each(steps.map((s) => [s.route, s] as const))('%s', async (_route, step) => {
    etag = await etagOf(ACTION);
    const { res, committed, after } = await fault.send(step.send(), step.commits);
    expect({ status: res.status, after: after.filter((sql) => !step.background?.test(sql)) }).toEqual({ status: step.status, after: [] });
    expect(committed).toBe(step.transaction !== false);
    await step.saved(res);
  });
});
