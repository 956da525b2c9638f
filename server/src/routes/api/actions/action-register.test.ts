import ExcelJS from 'exceljs';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

const PLAN = '/api/plans/psm-2024-2026';
const HEADER = 'codice_azione\tufficio\temail_responsabile\truolo_ente\tinizio_previsto\tfine_prevista\tpeso\tzone_omogenee\tpartner\tfinanziamenti\tmilestone';

/** An office clerk fills in the register of the plan's actions; the admin previews it, then loads it. */
describe('the action register (bulk action details)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let manager: LoggedIn;
  /** What a refused or previewed file must leave as it was: row counts, versions, the audit log. */
  const state = async () => ({
    counts: await tableCounts(t.db),
    versions: await t.db('actions').orderBy('id').pluck('version'),
    audit: Number((await t.db('audit_log').count('* as n'))[0]!.n),
  });
  const upload = (name: string, content: Buffer | string, dryRun: boolean, who: LoggedIn = admin) =>
    who.agent.post(`${PLAN}/actions/register?dryRun=${dryRun}`).set(who.csrf).attach('file', typeof content === 'string' ? Buffer.from(content) : content, name);
  /** A CSV as Excel saves it: `;` between cells, quotes around a cell that holds one. */
  const csv = (...rows: string[]) =>
    [HEADER, ...rows].map((r) => r.split('\t').map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\n') + '\n';

  beforeAll(async () => {
    t = await createTestApp();
    await insertActionFixtures(t.db);
    await t.db('offices').insert({ code: 'UFF-MOB', name: 'Mobilità sostenibile' });
    admin = await loginAs(t, 'admin');
    manager = await loginAs(t, 'manager', { officeCode: 'UFF-MOB' });
  });
  afterAll(() => t.destroy());

  it('previews every change without writing, then loads them in one go, a version and an audit entry per action', async () => {
    const file = csv(
      `1.1.2\tUFF-MOB\t${manager.account.email}\tcapofila\t2025-01-15\t31/12/2026\t2,5\tITC11-ZO03; ITC11-ZO04\tPolitecnico di Torino (partner scientifico); Comune di Pinerolo\tpnrr | M5C2I2.2 | J11B21005600006 | 1.250.000,00 | Rigenerazione urbana\tGara aggiudicata | 2026-06-30`,
      `2.1.2\tUFF-MOB\t\t\t\t\t\t\t\t\t`,
    );
    const before = await state();
    const preview = await upload('registro.csv', file, true);
    expect(preview.body.errors).toBeUndefined();
    expect(preview.body).toMatchObject({ dryRun: true, file: { name: 'registro.csv', format: 'csv', rows: 2 }, updated: 2, unchanged: 0 });
    const changes = preview.body.actions[0].changes as { field: string; before: string | null; after: string | null }[];
    expect(changes).toEqual([
      { field: 'office', before: null, after: 'UFF-MOB' },
      { field: 'responsibleUser', before: null, after: manager.account.email },
      { field: 'bodyRole', before: null, after: 'lead' },
      { field: 'plannedStart', before: null, after: '2025-01-15' },
      { field: 'plannedEnd', before: null, after: '2026-12-31' },
      { field: 'weight', before: '1', after: '2.5' },
      { field: 'zones', before: 'ITC11-ZO01', after: 'ITC11-ZO03; ITC11-ZO04' },
      { field: 'partners', before: null, after: 'Comune di Pinerolo; Politecnico di Torino (partner scientifico)' },
      { field: 'fundings', before: null, after: 'pnrr | M5C2I2.2 | J11B21005600006 | 1250000 | Rigenerazione urbana' },
      { field: 'milestones', before: null, after: 'Gara aggiudicata | 2026-06-30' },
    ]);
    expect(await state()).toEqual(before);

    const loaded = await upload('registro.csv', file, false).expect(200);
    expect(loaded.body).toMatchObject({ dryRun: false, updated: 2 });
    const detail = (await t.api.get(`${PLAN}/actions/1.1.2`).expect(200)).body;
    expect(detail).toMatchObject({
      office: { code: 'UFF-MOB' },
      bodyRole: 'lead',
      plannedStart: '2025-01-15',
      plannedEnd: '2026-12-31',
      weight: 2.5,
      zones: [{ code: 'ITC11-ZO03' }, { code: 'ITC11-ZO04' }],
      partners: [{ name: 'Comune di Pinerolo', role: null }, { name: 'Politecnico di Torino', role: 'partner scientifico' }],
      fundings: [{ sourceType: 'pnrr', pnrrCode: 'M5C2I2.2', cup: 'J11B21005600006', amount: 1250000 }],
      milestones: [{ title: 'Gara aggiudicata', plannedDate: '2026-06-30', actualDate: null }],
    });
    const after = await state();
    expect(after.audit).toBe(before.audit + 2);
    // The same file again changes nothing: no version, no audit entry.
    expect((await upload('registro.csv', file, false).expect(200)).body).toMatchObject({ updated: 0, unchanged: 2 });
    expect(await state()).toEqual(after);
  });

  it('leaves the fields of absent columns alone and reads an XLSX', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Registro azioni');
    ws.addRow(['codice_azione', 'fine_effettiva']);
    ws.addRow(['1.1.2', new Date(Date.UTC(2026, 10, 30))]);
    const res = await upload('registro.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), false).expect(200);
    expect(res.body.actions[0].changes).toEqual([{ field: 'actualEnd', before: null, after: '2026-11-30' }]);
    expect((await t.api.get(`${PLAN}/actions/1.1.2`).expect(200)).body).toMatchObject({ office: { code: 'UFF-MOB' }, actualEnd: '2026-11-30' });
  });

  it('refuses a bad file whole, naming each row and column, and writes nothing', async () => {
    const before = await state();
    const bad = csv(
      '9.9.9\tUFF-MOB\t\t\t\t\t\t\t\t\t',
      '1.1.1\tUFF-NONE\tnobody@example.org\t\t2026-02-30\t\t\t\t\t\t',
      '1.1.1\t\t\t\t\t\t\t\t\t\t',
      '2.1.2\t\t\tboss\t\t\t\tITC11-ZO99\t\tpnrr | M5X | BADCUP\t',
    );
    expect(problem(await upload('registro.csv', bad, true), 422).errors).toEqual([
      { row: 2, column: 'codice_azione', message: 'no action "9.9.9" in this plan' },
      { row: 3, column: 'inizio_previsto', message: 'must be a date YYYY-MM-DD' },
      { row: 4, column: 'codice_azione', message: 'action "1.1.1" is also on row 3' },
      { row: 5, column: 'ruolo_ente', message: 'must be lead, coordination or support' },
      { row: 5, column: 'finanziamenti', message: 'entry 1, codice PNRR: must be a PNRR code such as M5C2I2.2' },
      { row: 5, column: 'finanziamenti', message: 'entry 1, CUP: must be a CUP: 15 capital letters or digits' },
    ]);
    // Once the syntax is right, the database names unknown codes and e-mails.
    const unknown = csv('1.1.1\tUFF-NONE\tnobody@example.org\t\t\t\t\tITC11-ZO99\t\t\t');
    expect(problem(await upload('registro.csv', unknown, false), 422).errors).toEqual([
      { row: 2, column: 'ufficio', message: 'no office with code "UFF-NONE"' },
      { row: 2, column: 'email_responsabile', message: 'no active account with e-mail "nobody@example.org"' },
      { row: 2, column: 'zone_omogenee', message: 'entry 1: no zona omogenea with code "ITC11-ZO99"' },
    ]);
    expect(problem(await upload('registro.csv', csv('1.1.1\tUFF-\u0000MOB\t\t\t\t\t\t\t\t\t'), false), 422).errors).toEqual([
      { row: 2, column: 'ufficio', message: 'must not contain NUL characters (U+0000) or unpaired surrogates' },
    ]);
    expect(problem(await upload('registro.csv', csv('1.1.1\t\t\t\t2026-05-01\t2026-04-01\t\t\t\t\t'), false), 422).errors).toEqual([
      { row: 2, column: 'fine_prevista', message: 'plannedEnd (2026-04-01) is before plannedStart (2026-05-01)' },
    ]);
    expect(problem(await upload('registro.csv', 'ufficio\nUFF-MOB\n', false), 422).errors![0]).toMatchObject({ row: 1, column: 'codice_azione' });
    expect(problem(await upload('registro.xlsx', Buffer.from('PK\u0003\u0004 not a workbook'), false), 422).detail).toMatch(/registro\.xlsx/);
    expect(problem(await upload('registro.pdf', '%PDF-1.7', false), 422).errors![0]!.message).toMatch(/unsupported file type/);
    expect(await state()).toEqual(before);
  });

  it('is for admins only, and gives them a template with the plan’s actions and their current values', async () => {
    const before = await state();
    problem(await upload('registro.csv', csv('1.1.1\tUFF-MOB\t\t\t\t\t\t\t\t\t'), false, manager), 403);
    problem(await t.api.post(`${PLAN}/actions/register`).attach('file', Buffer.from(csv('1.1.1\t\t\t\t\t\t\t\t\t\t')), 'registro.csv'), 401);
    expect(await state()).toEqual(before);
    await manager.agent.get(`${PLAN}/actions/register/template.xlsx`).expect(403);
    const res = await admin.agent.get(`${PLAN}/actions/register/template.xlsx`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.getWorksheet('Registro azioni')!;
    expect(ws.getRow(1).getCell(1).text).toBe('codice_azione');
    const rows: string[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
    const row112 = rows.find((r) => r[0] === '1.1.2')!;
    expect(row112.slice(2, 4)).toEqual(['UFF-MOB', manager.account.email]);
    expect(row112[row112.length - 1]).toBe('Gara aggiudicata | 2026-06-30');
    // The template, loaded as it is, changes nothing.
    const again = await upload('registro.xlsx', res.body as Buffer, true).expect(200);
    expect(again.body.updated).toBe(0);
  });
});
