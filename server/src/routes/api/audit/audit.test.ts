import { writeAudit } from '../../../audit/audit';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

type Entry = { id: number; occurredAt: string; userId: number | null; actor: string; action: string; resourceType: string; resourceId: string | null; before: unknown; after: unknown };

describe('audit log API', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
    await writeAudit(t.db, [
      { actor: admin.account.email, userId: admin.account.id, action: 'update', resourceType: 'test_record', resourceId: '1.1.1', before: { status: 'avviata' }, after: { status: 'conclusa' } },
      { actor: 'admin-token', action: 'delete', resourceType: 'test_record', resourceId: '1.1.2', before: { title: 'Old' } },
    ]);
    await t.db('audit_log').insert({ actor: 'cli:old', action: 'create', resource_type: 'plan', resource_id: 'psm-2010', occurred_at: '2020-06-15T10:00:00Z' });
  });
  afterAll(() => t.destroy());

  const get = (qs = '') => admin.agent.get(`/api/audit${qs}`).expect(200).then((r) => r.body as { total: number; page: number; pageSize: number; items: Entry[] });

  it('is for admins only: 401 anonymous, 403 analyst and manager', async () => {
    await t.api.get('/api/audit').expect(401);
    for (const role of ['analyst', 'manager'] as const) await (await loginAs(t, role)).agent.get('/api/audit').expect(403);
  });

  it('lists every write newest first: who, when, what, before and after', async () => {
    const page = await get();
    expect(page.total).toBeGreaterThanOrEqual(5); // seed, account creations, logins, the entries above
    const times = page.items.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page.items).toContainEqual({
      id: expect.any(Number),
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      userId: admin.account.id,
      actor: admin.account.email,
      action: 'update',
      resourceType: 'test_record',
      resourceId: '1.1.1',
      before: { status: 'avviata' },
      after: { status: 'conclusa' },
      requestId: null,
    });
    // Account creations are audited without the password hash.
    const created = page.items.find((e) => e.resourceType === 'user' && e.resourceId === String(admin.account.id))!;
    // The same fields as the account's changes, so a creation and a change read alike (office by code).
    expect(created.after).toEqual({ email: admin.account.email, name: null, role: 'admin', office: null, active: true });
  });

  it('filters by resource, user, action and time, and pages', async () => {
    expect((await get('?resourceType=test_record')).items.map((e) => e.resourceId).sort()).toEqual(['1.1.1', '1.1.2']);
    expect((await get('?resourceType=test_record&resourceId=1.1.2')).items).toHaveLength(1);
    const byEmail = await get(`?user=${encodeURIComponent(admin.account.email.toUpperCase())}`);
    expect(byEmail.items.length).toBeGreaterThanOrEqual(2);
    expect(byEmail.items.every((e) => e.userId === admin.account.id || e.actor === admin.account.email)).toBe(true);
    expect((await get(`?user=${admin.account.id}&action=login`)).items).toHaveLength(1);
    expect((await get('?user=admin-token')).items.map((e) => e.action)).toEqual(['delete']);
    expect((await get('?to=2020-06-15')).items.map((e) => e.resourceId)).toEqual(['psm-2010']);
    expect((await get('?from=2020-06-01&to=2020-06-14')).total).toBe(0);
    expect((await get('?from=2020-06-15T10:00:00Z&to=2020-06-15T10:00:01Z')).total).toBe(1);
    const p1 = await get('?pageSize=2');
    const p2 = await get('?pageSize=2&page=2');
    expect(p1.items).toHaveLength(2);
    expect(p2.items[0]!.id).not.toBe(p1.items[1]!.id);
    expect(p2).toMatchObject({ page: 2, pageSize: 2, total: p1.total });
  });

  it('finds an action by plan/code, as pages name it, though the log records its row id', async () => {
    const action = await t.db('actions as a').join('plans as p', 'p.id', 'a.plan_id').where({ 'p.code': 'psm-2024-2026', 'a.code': '1.1.2' }).first('a.id');
    await writeAudit(t.db, [{ actor: 'admin-token', action: 'update', resourceType: 'action', resourceId: action.id, before: { weight: 1 }, after: { weight: 2 } }]);
    const found = (await get('?resourceType=action&resourceId=psm-2024-2026/1.1.2')).items;
    expect(found.every((e) => e.resourceType === 'action' && e.resourceId === String(action.id))).toBe(true);
    expect(found.map((e) => e.after)).toContainEqual({ weight: 2 });
    expect((await get('?resourceType=action&resourceId=psm-2024-2026/9.9.9')).total).toBe(0);
  });

  it('rejects malformed filters with 400 naming the parameter', async () => {
    const res = await admin.agent.get('/api/audit?from=yesterday&pageSize=9999');
    expect(problem(res, 400).errors!.map((e) => e.name).sort()).toEqual(['from', 'pageSize']);
  });

  it('exports the filtered entries as CSV, cells that would start a formula neutralised; admins only', async () => {
    await writeAudit(t.db, [{ actor: '=cmd|calc', action: 'update', resourceType: 'test_record', resourceId: '1.1.3', after: { note: '+1' } }]);
    const res = await admin.agent.get('/api/audit/export?format=csv&resourceType=test_record').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe('occurred_at,actor,user_id,action,resource_type,resource_id,before,after,request_id');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(",'=cmd|calc,,update,test_record,1.1.3,,\"{\"\"note\"\":\"\"+1\"\"}\",");
    expect(lines.slice(2).join('\n')).toContain('"{""status"":""avviata""}"');
    const json = await admin.agent.get('/api/audit/export?resourceType=test_record&action=delete').expect(200);
    expect(json.body).toMatchObject({ total: 1, items: [{ resourceId: '1.1.2' }] });
    expect(problem(await admin.agent.get('/api/audit/export?format=pdf'), 400).errors![0]!.name).toBe('format');
    await (await loginAs(t, 'analyst')).agent.get('/api/audit/export?format=csv').expect(403);
  });
});
