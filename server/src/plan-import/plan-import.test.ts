import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { InvalidFileError } from '../errors/errors';
import { createTestDb, tableCounts, type TestDb } from '../test/test-db';
import { importPlan } from './import-plan';
import { parsePlanFile } from './parse-plan-file';

async function load(t: TestDb, fileName: string, buf: Buffer, planCode = 'psm-2021-2023', title?: string) {
  const parsed = await parsePlanFile(fileName, buf);
  return importPlan(t.db, { fileName, planCode, rows: parsed.rows, plan: title ? { title } : parsed.plan, actor: 'test' });
}

async function rejection(t: TestDb, fileName: string, buf: Buffer, planCode?: string): Promise<InvalidFileError> {
  const before = await tableCounts(t.db);
  const err = await load(t, fileName, buf, planCode).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InvalidFileError);
  expect(await tableCounts(t.db)).toEqual(before);
  return err as InvalidFileError;
}

describe('plan import', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(() => t.destroy());

  it('adds entries from a Latin-1 CSV with ";" and Italian headers, and updates titles keeping the old text in the audit log', async () => {
    const csv = iconv.encode(
      'codice;codice_padre;titolo;descrizione\r\n' +
        '2;;Torino Metropoli più verde e resiliente;\r\n' +
        '2.2;2;Strategia di prova (àèìòù);Descrizione\r\n' +
        '2.2.1;2.2;Azione di prova;\r\n' +
        '2.1.1;2.1;Rete metropolitana delle infrastrutture verdi;\r\n',
      'latin1',
    );
    const result = await load(t, 'piano.csv', csv);
    expect(result).toEqual({
      plan: 'psm-2021-2023',
      created: { axes: 0, strategies: 1, actions: 1 },
      updated: { axes: 1, strategies: 0, actions: 0 },
      unchanged: 1,
    });
    const plan = await t.db('plans').where({ code: 'psm-2021-2023' }).first();
    const strategy = await t.db('strategies').where({ plan_id: plan.id, code: '2.2' }).first();
    expect(strategy.title).toBe('Strategia di prova (àèìòù)');
    const action = await t.db('actions').where({ plan_id: plan.id, code: '2.2.1' }).first();
    expect(action.strategy_id).toBe(strategy.id);
    const audit = await t.db('audit_log').where({ resource_type: 'axis', action: 'update' }).first();
    expect(audit.before.title).toBe('Torino Metropoli più verde ed ecologica');
    expect(audit.after.title).toBe('Torino Metropoli più verde e resiliente');
  });

  it('creates a new plan from a YAML file with its metadata, and from JSON and ","-CSV', async () => {
    const yaml = Buffer.from(
      'plan:\n  title: Piano di prova\n  declared_strategies: 2\nitems:\n  - { code: "1", title: Asse uno }\n  - { code: "1.1", parent_code: "1", title: Strategia uno }\n  - { code: "1.1.1", title: Azione uno, description: Testo }\n',
    );
    expect((await load(t, 'piano.yaml', yaml, 'piano-prova')).created).toEqual({ axes: 1, strategies: 1, actions: 1 });
    const plan = await t.db('plans').where({ code: 'piano-prova' }).first();
    expect(plan).toMatchObject({ title: 'Piano di prova', declared_strategies: 2 });
    const json = Buffer.from(JSON.stringify([{ code: '1.2', title: 'Strategia due' }]));
    expect((await load(t, 'piano.json', json, 'piano-prova')).created.strategies).toBe(1);
    const csv = Buffer.from('\uFEFFcode,parent code,title,description\n1.2.1,1.2,"Azione, con virgola",\n');
    await load(t, 'piano.csv', csv, 'piano-prova');
    expect(await t.db('actions').where({ plan_id: plan.id, code: '1.2.1' }).first('title')).toEqual({ title: 'Azione, con virgola' });
  });

  it('reads XLSX, keeping a code such as 1.10 as text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Piano');
    ws.addRow(['Codice', 'Codice padre', 'Titolo', 'Descrizione']);
    ws.addRow(['1.10', '1', 'Strategia dieci', '']);
    ws.addRow(['1.10.1', '1.10', 'Azione', 'Testo']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await load(t, 'piano.xlsx', buf);
    expect(result.created).toEqual({ axes: 0, strategies: 1, actions: 1 });
    const codes = await t.db('strategies').join('plans', 'plans.id', 'strategies.plan_id').where('plans.code', 'psm-2021-2023').pluck('strategies.code');
    expect(codes).toContain('1.10');
  });

  it('is idempotent: the same file twice changes nothing the second time', async () => {
    const csv = Buffer.from('code;title\n1.6;Nuova strategia\n');
    await load(t, 'a.csv', csv);
    const before = await tableCounts(t.db);
    expect(await load(t, 'a.csv', csv)).toMatchObject({ created: { axes: 0, strategies: 0, actions: 0 }, unchanged: 1 });
    expect(await tableCounts(t.db)).toEqual(before);
  });

  it('rejects a duplicate code naming both rows, writing nothing', async () => {
    const err = await rejection(t, 'dup.csv', Buffer.from('code;title\n1.6;Uno\n1.7;Due\n1.6;Tre\n'));
    expect(err.issues).toEqual([{ row: 4, column: 'code', message: 'duplicate code "1.6" (first at row 2)' }]);
    expect(err.status).toBe(422);
  });

  it('rejects an orphan and a missing title, naming row and column, writing nothing', async () => {
    const err = await rejection(t, 'bad.csv', Buffer.from('code;parent_code;title\n1.6;1;Buona\n7.1;7;Orfana\n1.6.1;1.6;\n1.8;2;Padre sbagliato\n'));
    expect(err.issues).toEqual([
      { row: 3, column: 'parent_code', message: 'parent "7" of "7.1" is neither in the file nor in the plan' },
      { row: 4, column: 'title', message: 'title is missing for "1.6.1"' },
      { row: 5, column: 'parent_code', message: 'parent code "2" does not match code "1.8" (expected "1")' },
    ]);
    expect(err.message).toContain('row 3, column "parent_code"');
  });

  it('rejects source links that are not http(s) from every format, and keeps http(s) ones', async () => {
    const csv = Buffer.from('code;title;source_url\n1.6;X;ftp://example.org/piano.pdf\n1.7;Y;file:///etc/passwd\n');
    expect((await rejection(t, 'x.csv', csv)).issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'source_url'],
      [3, 'source_url'],
    ]);
    const yaml = Buffer.from('items:\n  - { code: "1.6", title: X, fonte: "javascript:alert(1)" }\n');
    expect((await rejection(t, 'x.yaml', yaml)).issues).toEqual([{ row: 1, column: 'source_url', message: '"javascript:alert(1)" must be an http(s) URL' }]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Piano');
    ws.addRows([
      ['code', 'title', 'url'],
      ['1.6', 'X', 'vbscript:msgbox(1)'],
    ]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await rejection(t, 'x.xlsx', xlsx)).issues).toEqual([{ row: 2, column: 'source_url', message: '"vbscript:msgbox(1)" must be an http(s) URL' }]);
    await load(t, 'ok.csv', Buffer.from('code;title;source_url\n1.6;X;https://example.org/piano.pdf\n'));
    const plan = await t.db('plans').where({ code: 'psm-2021-2023' }).first('id');
    expect((await t.db('strategies').where({ plan_id: plan.id, code: '1.6' }).first('source_url')).source_url).toBe('https://example.org/piano.pdf');
  });

  it('rejects malformed files: wrong codes, missing columns, unknown plan, empty, bad YAML, other types', async () => {
    expect((await rejection(t, 'x.csv', Buffer.from('code;title\nA.1;Titolo\n'))).issues[0]).toMatchObject({ row: 2, column: 'code' });
    expect((await rejection(t, 'x.csv', Buffer.from('codice;nome_sbagliato\n1.6;X\n'))).issues).toEqual([
      expect.objectContaining({ row: 1, column: 'title', message: expect.stringContaining('missing column "title"') }),
    ]);
    expect((await rejection(t, 'x.csv', Buffer.from('code;title\n1;X\n'), 'psm-2099-2101')).issues[0]!.message).toBe(
      'plan "psm-2099-2101" does not exist; give its title to create it',
    );
    await expect(parsePlanFile('x.csv', Buffer.alloc(0))).rejects.toThrow(/empty/);
    await expect(parsePlanFile('x.yaml', Buffer.from('items: [unclosed'))).rejects.toThrow(/not valid YAML/);
    await expect(parsePlanFile('x.xlsx', Buffer.from('not a zip'))).rejects.toThrow(/not a readable XLSX/);
    await expect(parsePlanFile('x.pdf', Buffer.from('%PDF'))).rejects.toThrow(/unsupported file type ".pdf"/);
  });
});
