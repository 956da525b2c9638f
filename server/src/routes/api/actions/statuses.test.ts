import { loginAs, type LoggedIn } from '../../../test/accounts';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const URL = '/api/action-statuses';
const newStatus = { code: 'in_verifica', labelIt: 'In verifica', labelEn: 'Under review', rag: 'amber', colour: '#F0E442', position: 8, closed: false };

/** Issue 4: the status vocabulary is configurable by admins, audited, and the public read sees each change. */
describe('action status vocabulary (admin writes)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  const statuses = async () => (await t.api.get(URL).expect(200)).body.items as { code: string; labelIt: string; colour: string; rag: string }[];
  const rowCount = async () => Number((await t.db('action_statuses').count('* as n'))[0]!.n);

  beforeAll(async () => {
    t = await createTestApp();
    await insertActionFixtures(t.db);
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  it('lets an admin create a status, which the public list shows at once (no cookie)', async () => {
    expect((await statuses()).map((s) => s.code)).not.toContain('in_verifica');
    const res = await admin.agent.post(URL).set(admin.csrf).send(newStatus).expect(201);
    expect(res.body).toEqual(newStatus);
    const listed = (await statuses()).find((s) => s.code === 'in_verifica');
    expect(listed).toMatchObject({ labelIt: 'In verifica', rag: 'amber', colour: '#F0E442' });
  });

  it('renames and recolours it; the public GET (cached) shows the change', async () => {
    const before = await t.api.get(URL).expect(200);
    await admin.agent.patch(`${URL}/in_verifica`).set(admin.csrf).send({ labelIt: 'In istruttoria', labelEn: 'Being assessed' }).expect(200);
    const res = await admin.agent.patch(`${URL}/in_verifica`).set(admin.csrf).send({ colour: '#cc79a7', rag: 'red' }).expect(200);
    expect(res.body).toMatchObject({ code: 'in_verifica', labelIt: 'In istruttoria', labelEn: 'Being assessed', colour: '#CC79A7', rag: 'red' });
    const after = await t.api.get(URL).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.items.find((s: { code: string }) => s.code === 'in_verifica')).toMatchObject({ labelIt: 'In istruttoria', colour: '#CC79A7', rag: 'red' });
  });

  it('answers 400 naming the field for a bad colour, rag, code or duplicate code, writing nothing', async () => {
    const count = await rowCount();
    const post = async (body: object) => problem(await admin.agent.post(URL).set(admin.csrf).send(body), 400);
    expect((await post({ ...newStatus, code: 'nuovo', colour: 'red' })).errors!.map((e) => e.name)).toEqual(['colour']);
    expect((await post({ ...newStatus, code: 'nuovo', rag: 'blue' })).errors!.map((e) => e.name)).toEqual(['rag']);
    expect((await post({ ...newStatus, code: 'Nuovo-1' })).errors!.map((e) => e.name)).toEqual(['code']);
    expect((await post({ ...newStatus, code: 'in_corso' })).errors).toEqual([{ name: 'code', message: 'a status "in_corso" already exists' }]);
    const patch = await admin.agent.patch(`${URL}/in_corso`).set(admin.csrf).send({ colour: '#12345' });
    expect(problem(patch, 400).errors!.map((e) => e.name)).toEqual(['colour']);
    await admin.agent.patch(`${URL}/in_corso`).set(admin.csrf).send({ code: 'altro' }).expect(400);
    await admin.agent.patch(`${URL}/nessuno`).set(admin.csrf).send({ labelIt: 'x' }).expect(404);
    expect(await rowCount()).toBe(count);
    expect((await statuses()).find((s) => s.code === 'in_corso')).toMatchObject({ colour: '#009E73' });
  });

  it('refuses to delete a status that updates use (409 with the count), changing nothing', async () => {
    const used = Number((await t.db('action_updates').where({ status: 'in_corso' }).count('* as n'))[0]!.n);
    expect(used).toBeGreaterThan(0);
    const refused = problem(await admin.agent.delete(`${URL}/in_corso`).set(admin.csrf), 409);
    expect(refused).toMatchObject({ type: '/api/docs#problem-status-in-use', updates: used });
    expect(refused.detail).toContain(`${used} action update(s)`);
    expect((await statuses()).map((s) => s.code)).toContain('in_corso');
  });

  it('deletes an unused status, which leaves the public list', async () => {
    const res = await admin.agent.delete(`${URL}/in_verifica`).set(admin.csrf).expect(200);
    expect(res.body).toEqual({ deleted: 'in_verifica' });
    expect((await statuses()).map((s) => s.code)).not.toContain('in_verifica');
    await admin.agent.delete(`${URL}/in_verifica`).set(admin.csrf).expect(404);
  });

  it('keeps every write in the audit log with before and after', async () => {
    const audit = await admin.agent.get('/api/audit?resourceType=action_status&resourceId=in_verifica').expect(200);
    const items = audit.body.items as { action: string; actor: string; before: unknown; after: unknown }[];
    expect(items.map((e) => e.action)).toEqual(['delete', 'update', 'update', 'create']);
    expect(items[3]).toMatchObject({ actor: admin.account.email, before: null, after: newStatus });
    expect(items[1]).toMatchObject({ before: { labelIt: 'In istruttoria', colour: '#F0E442' }, after: { colour: '#CC79A7', rag: 'red' } });
    expect(items[0]).toMatchObject({ before: { code: 'in_verifica', colour: '#CC79A7' }, after: null });
  });

  it('refuses non-admins', async () => {
    const analyst = await loginAs(t, 'analyst');
    await analyst.agent.post(URL).set(analyst.csrf).send({ ...newStatus, code: 'altro' }).expect(403);
    await t.api.patch(`${URL}/in_corso`).send({ labelIt: 'x' }).expect(401);
  });
});
