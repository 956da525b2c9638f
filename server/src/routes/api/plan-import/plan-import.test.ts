import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

const URL = '/api/plans/import';
const csv = Buffer.from('codice;codice_padre;titolo\n1.6;1;Strategia aggiunta\n1.6.1;1.6;Azione aggiunta\n2;;Torino Metropoli più verde e resiliente\n1.1;1;Costruire capacità 4.0\n');

/** An admin loads a plan's structure from a file through the API, previewing it first. */
describe('plan structure import (POST /api/plans/import, admins)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp({ maxUploadBytes: 64 * 1024, cacheRevalidateMs: 600_000 });
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const upload = (file: Buffer, name: string, fields: [string, string][] = [], query = '') => {
    let req = admin.agent.post(`${URL}${query}`).set(admin.csrf);
    for (const [k, v] of fields) req = req.field(k, v);
    return req.attach('file', file, name);
  };
  const tree = async (plan: string) => (await t.api.get(`/api/plans/${plan}/tree`).expect(200)).body;
  const strategyCodes = async (plan: string) => (await tree(plan)).axes.flatMap((a: { strategies: { code: string }[] }) => a.strategies.map((s) => s.code));

  const expected = {
    plan: 'psm-2021-2023',
    planCreated: false,
    file: { name: 'piano.csv', format: 'csv', rows: 4, checksum: expect.stringMatching(/^[0-9a-f]{64}$/) },
    created: { axes: 0, strategies: 1, actions: 1 },
    updated: { axes: 1, strategies: 0, actions: 0 },
    unchanged: 1,
  };

  it('previews with dryRun=true (200): the counts of the import, and nothing written, not even the audit log', async () => {
    const counts = await tableCounts(t.db);
    const before = await tree('psm-2021-2023');
    const res = await upload(csv, 'piano.csv', [['plan', 'psm-2021-2023']], '?dryRun=true').expect(200);
    expect(res.body).toEqual({ ...expected, dryRun: true });
    expect(await tableCounts(t.db)).toEqual(counts);
    expect(await tree('psm-2021-2023')).toEqual(before);
  });

  it('imports the same file (201) in one transaction, with an import entry in the audit log; the public tree shows it at once', async () => {
    const counts = await tableCounts(t.db);
    const res = await upload(csv, 'piano.csv', [['plan', 'psm-2021-2023']]).expect(201);
    expect(res.body).toEqual({ ...expected, dryRun: false });
    expect(await strategyCodes('psm-2021-2023')).toContain('1.6');
    const plan = await t.db('plans').where({ code: 'psm-2021-2023' }).first();
    expect(await t.db('actions').where({ plan_id: plan.id, code: '1.6.1' }).first()).toMatchObject({ title: 'Azione aggiunta' });
    expect(await t.db('axes').where({ plan_id: plan.id, code: '2' }).first()).toMatchObject({ title: 'Torino Metropoli più verde e resiliente' });
    // Strategy, action, axis update, and the import itself.
    expect(await tableCounts(t.db)).toEqual({ ...counts, strategies: counts.strategies! + 1, actions: counts.actions! + 1, audit_log: counts.audit_log! + 4 });
    const audit = await admin.agent.get('/api/audit?resourceType=plan&action=import').expect(200);
    expect(audit.body.items[0]).toMatchObject({ actor: admin.account.email, userId: admin.account.id, resourceId: 'psm-2021-2023', after: { created: expected.created, file: { name: 'piano.csv' } } });
    const again = await upload(csv, 'piano.csv', [['plan', 'psm-2021-2023']]).expect(201);
    expect(again.body).toMatchObject({ created: { axes: 0, strategies: 0, actions: 0 }, updated: { axes: 0, strategies: 0, actions: 0 }, unchanged: 4 });
  });

  it('creates a new plan from YAML with the metadata of the form, previewing it first', async () => {
    const yaml = Buffer.from('plan:\n  code: piano-prova\n  declared_strategies: 2\nitems:\n  - { code: "1", title: Asse uno }\n  - { code: "1.1", parent_code: "1", title: Strategia uno }\n');
    const fields: [string, string][] = [['title', 'Piano di prova'], ['subtitle', 'Sottotitolo'], ['period', '2025-2027'], ['declaredAxes', '1']];
    const preview = await upload(yaml, 'piano.yaml', fields, '?dryRun=true').expect(200);
    expect(preview.body).toMatchObject({ plan: 'piano-prova', planCreated: true, dryRun: true, created: { axes: 1, strategies: 1, actions: 0 } });
    expect(await t.db('plans').where({ code: 'piano-prova' }).first()).toBeUndefined();
    const res = await upload(yaml, 'piano.yaml', fields).expect(201);
    expect(res.body).toMatchObject({ plan: 'piano-prova', planCreated: true, dryRun: false, file: { format: 'yaml', rows: 2 } });
    expect(await t.db('plans').where({ code: 'piano-prova' }).first()).toMatchObject({
      title: 'Piano di prova',
      subtitle: 'Sottotitolo',
      period_start: 2025,
      period_end: 2027,
      declared_axes: 1,
      declared_strategies: 2,
    });
    expect(await strategyCodes('piano-prova')).toEqual(['1.1']);
  });

  it('reads XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Piano');
    ws.addRow(['Codice', 'Codice padre', 'Titolo']);
    ws.addRow(['1.10', '1', 'Strategia dieci']);
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()), 'piano.xlsx', [['plan', 'piano-prova']]).expect(201);
    expect(res.body).toMatchObject({ file: { format: 'xlsx', rows: 1 }, created: { strategies: 1 } });
    expect(await strategyCodes('piano-prova')).toEqual(['1.1', '1.10']);
  });

  it('answers 422 listing every problem by row and column for an invalid file, writing nothing (dry run too)', async () => {
    const counts = await tableCounts(t.db);
    const bad = Buffer.from('code;parent_code;title\n1.7;1;Buona\n7.1;7;Orfana\n1.7;1;Doppia\n1.8;1;\n');
    for (const query of ['', '?dryRun=true']) {
      const res = problem(await upload(bad, 'errato.csv', [['plan', 'psm-2021-2023']], query), 422);
      expect(res).toMatchObject({ type: '/api/docs#problem-invalid-file' });
      expect(res.errors).toEqual([
        { row: 3, column: 'parent_code', message: 'parent "7" of "7.1" is neither in the file nor in the plan' },
        { row: 4, column: 'code', message: 'duplicate code "1.7" (first at row 2)' },
        { row: 5, column: 'title', message: 'title is missing for "1.8"' },
      ]);
    }
    const missingColumn = await upload(Buffer.from('codice;nome_sbagliato\n1.6;X\n'), 'x.csv', [['plan', 'psm-2021-2023']]);
    expect(problem(missingColumn, 422).errors![0]).toMatchObject({ row: 1, column: 'title' });
    await upload(Buffer.from('%PDF'), 'piano.pdf', [['plan', 'psm-2021-2023']]).expect(422);
    const badCode = await upload(Buffer.from('{"plan":{"code":"PSM X"},"items":[]}'), 'piano.json');
    expect(problem(badCode, 422).errors).toEqual([{ column: 'plan.code', message: '"PSM X" is not a plan code such as psm-2021-2023' }]);
    const newPlan = await upload(csv, 'piano.csv', [['plan', 'psm-2099-2101']]);
    expect(problem(newPlan, 422).errors).toEqual([{ name: 'plan', message: 'plan "psm-2099-2101" does not exist; give its title to create it' }]);
    expect(await tableCounts(t.db)).toEqual(counts);
  });

  it('refuses a source link that is not http(s), naming row and column, writing nothing', async () => {
    const counts = await tableCounts(t.db);
    const bad = Buffer.from('code;title;fonte\n1.7;Buona;https://example.org/psm\n1.8;Script;javascript:alert(document.cookie)\n1.9;Dati;data:text/html,<script>alert(1)</script>\n');
    const res = problem(await upload(bad, 'link.csv', [['plan', 'psm-2021-2023']]), 422);
    expect(res.errors).toEqual([
      { row: 3, column: 'source_url', message: '"javascript:alert(document.cookie)" must be an http(s) URL' },
      { row: 4, column: 'source_url', message: '"data:text/html,<script>alert(1)</script>" must be an http(s) URL' },
    ]);
    const json = Buffer.from(JSON.stringify({ items: [{ code: '1.7', title: 'X', url: 'JavaScript:alert(1)' }] }));
    expect(problem(await upload(json, 'link.json', [['plan', 'psm-2021-2023']]), 422).errors).toEqual([
      { row: 1, column: 'source_url', message: '"JavaScript:alert(1)" must be an http(s) URL' },
    ]);
    expect(await tableCounts(t.db)).toEqual(counts);
  });

  it('answers 400 naming the field, 415 without a form and 413 over the limit, keeping no file', async () => {
    const counts = await tableCounts(t.db);
    const names = async (fields: [string, string][], query = '', file = csv) => problem(await upload(file, 'piano.csv', fields, query), 400).errors!.map((e) => e.name);
    expect(await names([])).toEqual(['plan']);
    expect(await names([['plan', 'PSM X']])).toEqual(['plan']);
    expect(await names([['plan', 'psm-2021-2023'], ['period', '2026-2024']])).toEqual(['period']);
    expect(await names([['plan', 'psm-2021-2023'], ['period', 'dal 2024']])).toEqual(['period']);
    expect(await names([['plan', 'psm-2021-2023'], ['declaredAxes', 'sei']])).toEqual(['declaredAxes']);
    expect(await names([['plan', 'psm-2021-2023'], ['colour', 'blue']])).toEqual(['colour']);
    expect(await names([['plan', 'psm-2021-2023'], ['plan', 'psm-2024-2026']])).toEqual(['plan']);
    expect(await names([['plan', 'psm-2021-2023']], '?dryRun=yes')).toEqual(['dryRun']);
    expect(problem(await admin.agent.post(URL).set(admin.csrf).field('plan', 'psm-2021-2023'), 400).errors![0]!.name).toBe('file');
    await admin.agent.post(URL).set(admin.csrf).send({ plan: 'psm-2021-2023' }).expect(415);
    await upload(Buffer.alloc(64 * 1024 + 10, 'a'), 'grande.csv', [['plan', 'psm-2021-2023']]).expect(413);
    expect(await tableCounts(t.db)).toEqual(counts);
    expect(fs.readdirSync(t.uploadDir)).toEqual([]);
  });

  it('is for admins only, and documented in OpenAPI as a multipart upload answering 200 (dry run) or 201', async () => {
    const analyst = await loginAs(t, 'analyst');
    await analyst.agent.post(URL).set(analyst.csrf).attach('file', csv, 'piano.csv').expect(403);
    const doc = (await t.api.get('/api/openapi.json').expect(200)).body;
    const post = doc.paths['/api/plans/import'].post;
    expect(post['x-roles']).toEqual(['admin']);
    expect(Object.keys(post.requestBody.content)).toEqual(['multipart/form-data']);
    expect(Object.keys(post.requestBody.content['multipart/form-data'].schema.properties)).toEqual(
      expect.arrayContaining(['file', 'plan', 'title', 'subtitle', 'period']),
    );
    expect(post.parameters.map((p: { name: string }) => p.name)).toEqual(['dryRun']);
    expect(Object.keys(post.responses)).toEqual(['200', '201', '400', '401', '403', '413', '415', '422']);
  });
});
