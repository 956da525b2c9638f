import ExcelJS from 'exceljs';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { bytes } from '../../../test/bytes';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const PLAN = '/api/plans/psm-2024-2026';
const ACTION = `${PLAN}/actions/1.1.2`;
const update = {
  status: 'in_corso',
  progress: 60,
  reportingPeriod: '2024-S2',
  comment: 'Gara aggiudicata',
  evidence: { type: 'Determinazione dirigenziale', number: '45/2024', date: '2024-10-15', url: 'https://example.org/atti/45-2024' },
};

/** The story of issue 4 as its users see it: an admin assigns, a manager reports, the public reads, the admin audits. */
describe('recording the status of an action (level 2 writes)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let manager: LoggedIn;
  let colleague: LoggedIn;
  let outsider: LoggedIn;
  const updatesOf112 = async () => Number((await t.db('action_updates as u').join('actions as a', 'a.id', 'u.action_id').where('a.code', '1.1.2').count('* as n'))[0]!.n);

  beforeAll(async () => {
    // Revalidation every 10 minutes: the reads after each write prove the write itself drops the cached responses.
    t = await createTestApp({ cacheRevalidateMs: 600_000 });
    await insertActionFixtures(t.db);
    await t.db('offices').insert({ code: 'UFF-ALT', name: 'Altro ufficio' });
    admin = await loginAs(t, 'admin');
    manager = await loginAs(t, 'manager', { officeCode: 'UFF-SVI' });
    colleague = await loginAs(t, 'manager', { officeCode: 'UFF-SVI' });
    outsider = await loginAs(t, 'manager', { officeCode: 'UFF-ALT' });
  });
  afterAll(() => t.destroy());

  it('lets an admin assign the action to an office, with If-Match, and keeps before/after in the audit log', async () => {
    const read = await t.api.get(ACTION).expect(200);
    expect(read.headers.etag).toMatch(/^"v1-/);
    expect(read.body.office).toBeNull();
    await admin.agent.patch(ACTION).set(admin.csrf).send({ office: 'UFF-SVI' }).expect(428);
    const res = await admin.agent.patch(ACTION).set(admin.csrf).set('If-Match', read.headers.etag!).send({ office: 'UFF-SVI', bodyRole: 'coordination' }).expect(200);
    expect(res.body).toMatchObject({ version: 2, office: { code: 'UFF-SVI' }, bodyRole: 'coordination' });
    expect(res.headers.etag).toMatch(/^"v2-/);
  });

  it('refuses a manager of another office with not-assigned, before anything is written', async () => {
    const etag = (await t.api.get(ACTION).expect(200)).headers.etag!;
    const res = await outsider.agent.post(`${ACTION}/updates`).set(outsider.csrf).set('If-Match', etag).send(update);
    expect(problem(res, 403).type).toBe('/api/docs#problem-not-assigned');
    expect(await updatesOf112()).toBe(1);
  });

  it('answers 428 without If-Match and 400 naming the field for bad input, writing nothing', async () => {
    const etag = (await t.api.get(ACTION).expect(200)).headers.etag!;
    const missing = await manager.agent.post(`${ACTION}/updates`).set(manager.csrf).send(update);
    expect(problem(missing, 428)).toMatchObject({ type: '/api/docs#problem-precondition-required', errors: [{ name: 'If-Match' }] });
    const post = (body: object) => manager.agent.post(`${ACTION}/updates`).set(manager.csrf).set('If-Match', etag).send(body);
    expect(problem(await post({ ...update, progress: 120 }), 400).errors).toEqual([{ name: 'progress', message: 'must be between 0 and 100' }]);
    expect(problem(await post({ ...update, status: 'boh' }), 400).errors).toEqual([{ name: 'status', message: 'unknown status "boh"' }]);
    expect(problem(await post({ ...update, evidence: { ...update.evidence, url: 'ftp://x' } }), 400).errors![0]!.name).toBe('evidence.url');
    expect(problem(await post({ ...update, reportingPeriod: '2024-S3' }), 400).errors![0]!.name).toBe('reportingPeriod');
    expect(await updatesOf112()).toBe(1);
  });

  it('records a manager’s update with evidence; the public sees the new status and the roll-up changes; a stale ETag gets 409', async () => {
    const before = (await t.api.get(`${PLAN}/rollup?period=2024-S2`).expect(200)).body.plan;
    expect(before).toMatchObject({ byStatus: { in_ritardo: 1, in_corso: 1 }, meanProgress: 47.5, weightedMeanProgress: 54.62 });
    const read = await manager.agent.get(ACTION).expect(200);
    const staleEtag = read.headers.etag!;

    const res = await manager.agent.post(`${ACTION}/updates`).set(manager.csrf).set('If-Match', read.headers.etag!).send(update).expect(201);
    expect(res.headers.location).toBe(ACTION);
    expect(res.headers.etag).toMatch(/^"v3-/);
    expect(res.body).toMatchObject({ version: 3, status: { code: 'in_corso' }, progress: 60, lastPeriod: '2024-S2' });
    expect(res.body.history[0]).toMatchObject({ status: 'in_corso', evidence: update.evidence, author: manager.account.email, actionVersion: 3 });

    const table = await t.api.get(`${PLAN}/actions?period=2024-S2`).expect(200);
    expect(table.body.items.find((r: { code: string }) => r.code === '1.1.2')).toMatchObject({ status: { code: 'in_corso' }, progress: 60, toUpdate: false });
    const after = (await t.api.get(`${PLAN}/rollup?period=2024-S2`).expect(200)).body.plan;
    expect(after).toMatchObject({ byStatus: { in_corso: 2 }, meanProgress: 57.5, weightedMeanProgress: 60.77, toUpdate: before.toUpdate - 1 });
    expect(after.byStatus.in_ritardo ?? 0).toBe(0);

    const conflict = await colleague.agent.post(`${ACTION}/updates`).set(colleague.csrf).set('If-Match', staleEtag).send({ ...update, progress: 70 });
    expect(problem(conflict, 409)).toMatchObject({ type: '/api/docs#problem-conflict', currentVersion: 3, currentStatus: { status: { code: 'in_corso' } } });
    expect(await updatesOf112()).toBe(2);
    expect((await t.api.get(ACTION).expect(200)).body.progress).toBe(60);
  });

  it('lets a manager update an action assigned to them by name', async () => {
    const code = `${PLAN}/actions/1.1.3`;
    const etag = (await t.api.get(code).expect(200)).headers.etag!;
    await outsider.agent.post(`${code}/updates`).set(outsider.csrf).set('If-Match', etag).send(update).expect(403);
    const assigned = await admin.agent.patch(code).set(admin.csrf).set('If-Match', etag).send({ responsibleUser: outsider.account.email }).expect(200);
    await outsider.agent.post(`${code}/updates`).set(outsider.csrf).set('If-Match', assigned.headers.etag!).send({ ...update, status: 'completata', progress: 100 }).expect(201);
    // The rows say who is assigned (id and name, never the e-mail), so a manager's list can find their actions.
    const row = (await t.api.get(`${PLAN}/actions`).expect(200)).body.items.find((a: { code: string }) => a.code === '1.1.3');
    expect(row.responsible).toEqual({ id: outsider.account.id, name: null });
    expect(JSON.stringify(row)).not.toContain(outsider.account.email);
  });

  it("gives a manager's session their office, code and name", async () => {
    const session = await manager.agent.get('/api/auth/session').expect(200);
    expect(session.body.user.office).toEqual({ code: 'UFF-SVI', name: 'Sviluppo economico' });
    expect((await outsider.agent.get('/api/auth/session').expect(200)).body.user.office).toMatchObject({ code: 'UFF-ALT' });
    expect((await admin.agent.get('/api/auth/session').expect(200)).body.user.office).toBeNull();
  });

  it('shows the admin who changed what, with before and after', async () => {
    const res = await admin.agent.get('/api/audit?resourceType=action_update').expect(200);
    expect(res.body.items[0]).toMatchObject({ actor: outsider.account.email, action: 'create', after: { status: 'completata' } });
    expect(res.body.items.some((e: { actor: string }) => e.actor === manager.account.email)).toBe(true);
    const edits = await admin.agent.get('/api/audit?resourceType=action&action=update').expect(200);
    const assign = edits.body.items.find((e: { before?: { office: string | null }; after?: { office: string | null } }) => e.after?.office === 'UFF-SVI' && e.before?.office === null);
    expect(assign).toMatchObject({ actor: admin.account.email, before: { office: null, bodyRole: null }, after: { office: 'UFF-SVI', bodyRole: 'coordination' } });
    await manager.agent.get('/api/audit').expect(403);
  });

  it('edits the monitoring data in one transaction, naming the field at fault', async () => {
    const code = `${PLAN}/actions/2.1.1`;
    const etag = (await t.api.get(code).expect(200)).headers.etag!;
    const patch = (body: object) => admin.agent.patch(code).set(admin.csrf).set('If-Match', etag).send(body);
    const bad = await patch({ office: 'NOPE', zones: ['ITC11-ZO01', 'XX'], fundings: [{ sourceType: 'pnrr', pnrrCode: 'M5C2I2.2', cup: 'short' }] });
    expect(problem(bad, 400).errors!.map((e) => e.name)).toEqual(['fundings.0.cup']);
    const unknown = await patch({ office: 'NOPE', zones: ['ITC11-ZO01', 'XX'] });
    expect(problem(unknown, 400).errors!.map((e) => e.name)).toEqual(['office', 'zones.1']);
    const dates = await patch({ dates: { plannedStart: '2025-01-01', plannedEnd: '2024-12-31' } });
    expect(problem(dates, 400).errors!.map((e) => e.name)).toEqual(['dates.plannedEnd']);
    const ok = await patch({
      weight: 2,
      dates: { plannedStart: '2024-01-01', plannedEnd: '2026-12-31' },
      zones: ['ITC11-ZO03'],
      partners: [{ name: 'Comune di Torino', role: 'partner' }],
      fundings: [{ sourceType: 'pnrr', pnrrCode: 'M5C2I2.2', cup: 'J11B21004470001', amount: 250000 }],
      milestones: [{ title: 'Avvio lavori', plannedDate: '2025-03-01' }],
    }).expect(200);
    expect(ok.body).toMatchObject({
      version: 2,
      weight: 2,
      plannedStart: '2024-01-01',
      plannedEnd: '2026-12-31',
      zones: [{ code: 'ITC11-ZO03' }],
      partners: [{ name: 'Comune di Torino', role: 'partner' }],
      fundings: [{ sourceType: 'pnrr', pnrrCode: 'M5C2I2.2', cup: 'J11B21004470001', amount: 250000 }],
      milestones: [{ title: 'Avvio lavori', plannedDate: '2025-03-01', actualDate: null }],
    });
    await patch({ weight: 3 }).expect(409);
    await manager.agent.patch(code).set(manager.csrf).set('If-Match', ok.headers.etag!).send({ weight: 3 }).expect(403);
  });

  it('serves the action table as XLSX with the current status', async () => {
    const res = await bytes(t.api.get(`${PLAN}/actions?period=2024-S2&format=xlsx`))
      .expect(200)
      .expect('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="azioni_psm-2024-2026.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.getWorksheet('Azioni')!;
    expect(ws.rowCount).toBe(14);
    const row = ws.getRow(3);
    expect([row.getCell(1).value, row.getCell(10).value, row.getCell(13).value]).toEqual(['1.1.2', 'in_corso', 60]);
    const json = await t.api.get(`${PLAN}/actions?period=2024-S2`).expect(200).expect('Content-Type', /json/);
    expect(json.headers.etag).not.toBe(res.headers.etag);
    expect((await t.api.get(`${PLAN}/actions?format=pdf`).expect(400)).text).toContain('format');
  });

  it('documents If-Match, the 409/428 and the formats in OpenAPI', async () => {
    const doc = (await t.api.get('/api/openapi.json').expect(200)).body;
    const post = doc.paths['/api/plans/{plan}/actions/{code}/updates'].post;
    expect(post.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header', required: true }));
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '428']));
    const table = doc.paths['/api/plans/{plan}/actions'].get;
    expect(table.parameters.find((p: { name: string }) => p.name === 'format').schema.enum).toEqual(['json', 'csv', 'xlsx']);
    expect(Object.keys(table.responses['200'].content)).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
