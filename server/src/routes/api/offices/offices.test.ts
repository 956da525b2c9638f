import ExcelJS from 'exceljs';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

type Office = { id: number; code: string; name: string; parent: string | null; email: string | null; retiredAt: string | null; users: number; actions: number; version: number };

describe('offices API (admins)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const post = (body: unknown) => admin.agent.post('/api/offices').set(admin.csrf).send(body as object);
  const patch = (code: string, etag: string | undefined, body: unknown) => {
    const req = admin.agent.patch(`/api/offices/${code}`).set(admin.csrf);
    return (etag ? req.set('If-Match', etag) : req).send(body as object);
  };
  const upload = (name: string, content: Buffer | string, dryRun: boolean) =>
    admin.agent.post(`/api/offices/import${dryRun ? '?dryRun=true' : ''}`).set(admin.csrf).attach('file', typeof content === 'string' ? Buffer.from(content) : content, name);

  it('is for admins only', async () => {
    await t.api.get('/api/offices').expect(401);
    const analyst = await loginAs(t, 'analyst');
    await analyst.agent.get('/api/offices').expect(403);
    await analyst.agent.post('/api/offices').set(analyst.csrf).send({ code: 'X', name: 'X' }).expect(403);
  });

  it('creates a department and an office in it, lists them with counts, and a manager can be put in the office', async () => {
    const dep = await post({ code: 'DIR-SVI', name: 'Direzione sviluppo', email: 'sviluppo@example.org' }).expect(201);
    expect(dep.headers.location).toBe('/api/offices/DIR-SVI');
    const office = await post({ code: 'UFF-SVI', name: 'Ufficio sviluppo economico', parent: 'DIR-SVI' }).expect(201);
    expect(office.body).toMatchObject({ code: 'UFF-SVI', parent: 'DIR-SVI', parentName: 'Direzione sviluppo', email: null, retiredAt: null, users: 0, actions: 0, version: 1 });
    await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'resp@example.org', role: 'manager', office: 'UFF-SVI', password: 'a-long-password-1' }).expect(201);
    const list = (await admin.agent.get('/api/offices').expect(200)).body.items as Office[];
    expect(list.find((o) => o.code === 'UFF-SVI')).toMatchObject({ users: 1, actions: 0 });
    const audit = await admin.agent.get(`/api/audit?resourceType=office&resourceId=${office.body.id}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'create', after: { code: 'UFF-SVI', name: 'Ufficio sviluppo economico', parent: 'DIR-SVI', email: null } });
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const counts = await tableCounts(t.db);
    const bad = await post({ code: 'has space', name: '', email: 'not-an-email', parent: 'NOPE' }).expect(400);
    expect(problem(bad, 400).errors!.map((e) => e.name).sort()).toEqual(['code', 'email', 'name']);
    expect(problem(await post({ code: 'UFF-NEW', name: 'Nuovo', parent: 'NOPE' }), 400).errors).toEqual([{ name: 'parent', message: 'no office with code "NOPE"' }]);
    expect(problem(await post({ code: 'UFF-NEW', name: 'Nuovo', extra: 1 }), 400).errors![0]!.name).toBe('extra');
    const taken = problem(await post({ code: 'DIR-SVI', name: 'Doppione' }), 409);
    expect(taken.errors).toEqual([{ name: 'code', message: 'an office with code "DIR-SVI" already exists' }]);
    expect(await tableCounts(t.db)).toEqual(counts);
  });

  it('edits with If-Match: 428 without, 409 on a stale version, a loop of departments refused', async () => {
    const read = await admin.agent.get('/api/offices/DIR-SVI').expect(200);
    const etag = read.headers.etag as string;
    problem(await patch('DIR-SVI', undefined, { name: 'X' }), 428);
    const loop = await patch('DIR-SVI', etag, { parent: 'UFF-SVI' });
    expect(problem(loop, 400).errors![0]!.name).toBe('parent');
    const saved = await patch('DIR-SVI', etag, { name: 'Direzione sviluppo economico', email: 'dir@example.org' }).expect(200);
    expect(saved.body).toMatchObject({ name: 'Direzione sviluppo economico', email: 'dir@example.org', version: 2 });
    const counts = await tableCounts(t.db);
    const stale = problem(await patch('DIR-SVI', etag, { name: 'Altro' }), 409);
    expect(stale).toMatchObject({ currentVersion: 2 });
    expect(problem(await patch('DIR-SVI', saved.headers.etag as string, { code: 'UFF-SVI' }), 409).errors![0]!.name).toBe('code');
    expect(await tableCounts(t.db)).toEqual(counts);
    expect((await admin.agent.get('/api/offices/DIR-SVI').expect(200)).body.name).toBe('Direzione sviluppo economico');
    await patch('NOPE', etag, { name: 'X' }).expect(404);
  });

  it('retires an office: kept on its users, refused for new ones, then brought back', async () => {
    const read = await admin.agent.get('/api/offices/UFF-SVI').expect(200);
    const retired = await patch('UFF-SVI', read.headers.etag as string, { retired: true }).expect(200);
    expect(retired.body.retiredAt).toEqual(expect.any(String));
    expect(retired.body.users).toBe(1);
    const refused = await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'new@example.org', role: 'manager', office: 'UFF-SVI', password: 'a-long-password-1' });
    expect(problem(refused, 400).errors).toEqual([{ name: 'office', message: 'office "UFF-SVI" is retired: choose an active office' }]);
    expect(problem(await post({ code: 'UFF-SUB', name: 'Sotto', parent: 'UFF-SVI' }), 400).errors![0]!.name).toBe('parent');
    const back = await patch('UFF-SVI', retired.headers.etag as string, { retired: false }).expect(200);
    expect(back.body.retiredAt).toBeNull();
    const audit = await admin.agent.get(`/api/audit?resourceType=office&resourceId=${read.body.id}&action=update`).expect(200);
    expect(audit.body.items[1]).toMatchObject({ before: { retiredAt: null }, after: { retiredAt: expect.any(String) } });
  });

  it('loads a CSV: the dry run shows every error by row and column and writes nothing; a good file previews then loads all', async () => {
    const counts = await tableCounts(t.db);
    const bad = 'codice;nome;codice_padre;email\nUFF-A;Ufficio A;DIR-SVI;a@example.org\n;Senza codice;;\nUFF-A;Doppio;;\nUFF-B;;UFF-ZZZ;bad-mail\n';
    const refused = problem(await upload('uffici.csv', bad, true), 422);
    expect(refused.errors).toEqual([
      { row: 3, column: 'code', message: 'is required' },
      { row: 4, column: 'code', message: '"UFF-A" is also on row 2' },
      { row: 5, column: 'name', message: 'is required' },
      { row: 5, column: 'email', message: '"bad-mail" is not an e-mail address such as ufficio@ente.it' },
      { row: 5, column: 'parent_code', message: 'no office with code "UFF-ZZZ" in the file or in the database' },
    ]);
    problem(await upload('uffici.csv', bad, false), 422);
    problem(await upload('uffici.csv', 'code,name,parent_code\nL1,Uno,L2\nL2,Due,L1\n', false), 422);
    problem(await upload('uffici.csv', 'nome\nSolo nome\n', true), 422);
    expect(await tableCounts(t.db)).toEqual(counts);

    // The department comes after its office; DIR-SVI is renamed.
    const good = 'code,name,parent_code,email\nUFF-A,Ufficio A,DIR-NEW,a@example.org\nDIR-NEW,Nuova direzione,,\nDIR-SVI,Direzione sviluppo,,dir@example.org\n';
    const preview = await upload('uffici.csv', good, true).expect(200);
    expect(preview.body).toMatchObject({ dryRun: true, created: 2, updated: 1, unchanged: 0 });
    expect(preview.body.rows[0]).toEqual({ row: 2, code: 'UFF-A', name: 'Ufficio A', parent: 'DIR-NEW', email: 'a@example.org', outcome: 'created' });
    expect(await tableCounts(t.db)).toEqual(counts);
    const loaded = await upload('uffici.csv', good, false).expect(201);
    expect(loaded.body).toMatchObject({ dryRun: false, created: 2, updated: 1 });
    expect((await admin.agent.get('/api/offices/UFF-A').expect(200)).body).toMatchObject({ parent: 'DIR-NEW', parentName: 'Nuova direzione' });
    expect((await upload('uffici.csv', good, true).expect(200)).body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('refuses a retired office as a new department in a file, and keeps it where it already was', async () => {
    await post({ code: 'DIR-OLD', name: 'Direzione soppressa' }).expect(201);
    await post({ code: 'UFF-UNDER', name: 'Ufficio sotto', parent: 'DIR-OLD' }).expect(201);
    const read = await admin.agent.get('/api/offices/DIR-OLD').expect(200);
    await patch('DIR-OLD', read.headers.etag as string, { retired: true }).expect(200);
    const counts = await tableCounts(t.db);
    const file = 'code,name,parent_code\nUFF-UNDER,Ufficio sotto,DIR-OLD\nUFF-NEWUNDER,Ufficio nuovo,DIR-OLD\n';
    expect(problem(await upload('uffici.csv', file, false), 422).errors).toEqual([
      { row: 3, column: 'parent_code', message: 'office "DIR-OLD" is retired: choose an active office as department' },
    ]);
    expect(await tableCounts(t.db)).toEqual(counts);
    const kept = await upload('uffici.csv', 'code,name,parent_code\nUFF-UNDER,Ufficio sotto,DIR-OLD\n', false).expect(201);
    expect(kept.body).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });

  it('loads an XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Uffici');
    ws.addRows([['Codice', 'Nome', 'Codice padre', 'E-mail'], ['UFF-X', 'Ufficio X', 'DIR-NEW', 'x@example.org']]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload('uffici.xlsx', buf, false).expect(201);
    expect(res.body).toMatchObject({ file: { format: 'xlsx', rows: 1 }, created: 1 });
    const bad = new ExcelJS.Workbook();
    bad.addWorksheet('Uffici').addRows([['code', 'name', 'email'], ['UFF-Y', 'Y', 'no']]);
    expect(problem(await upload('uffici.xlsx', Buffer.from(await bad.xlsx.writeBuffer()), true), 422).errors).toEqual([{ row: 2, column: 'email', message: '"no" is not an e-mail address such as ufficio@ente.it' }]);
  });
});
