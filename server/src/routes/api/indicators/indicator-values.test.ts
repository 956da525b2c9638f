import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

const CODE = 'TEST_VALORI';
const VALUES = `/api/indicators/${CODE}/values`;
const rows = [
  { territory: 'ITC11', period: '2023', value: '12,5', note: 'Rilevazione diretta', sourceDocument: 'DCM 12/2024' },
  { territory: 'ITC1', period: '2023', value: 40, provisional: true, sourceDocument: 'https://example.org/atto.pdf' },
  { territory: 'ITC11', period: '2024-Q1', value: '3.25', estimated: true },
];

/** The value grid: a save is a batch like an import, previewed first, revised as vintages, rolled back. */
describe('indicator values typed in (manual entry)', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  let manager: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await loginAs(t, 'analyst');
    manager = await loginAs(t, 'manager');
    await analyst.agent.post('/api/indicators').set(analyst.csrf).send({ code: CODE, name: 'Indicatore costruito', source: 'ente', kind: 'constructed' }).expect(201);
  });
  afterAll(() => t.destroy());

  const save = (body: object, dryRun: boolean, who = analyst) => who.agent.post(`${VALUES}?dryRun=${dryRun}`).set(who.csrf).send(body);
  const current = async () => (await analyst.agent.get(VALUES).expect(200)).body.items;

  it('previews without writing, then commits a batch the indicator and the import history show', async () => {
    const counts = await tableCounts(t.db);
    const preview = await save({ rows }, true).expect(200);
    expect(preview.body).toMatchObject({ status: 'previewed', batchId: null, counts: { records: 3, valid: 3, inserted: 3, updated: 0, unchanged: 0 } });
    expect(preview.body.changes).toEqual([
      { territory: { code: 'ITC1', name: 'Piemonte' }, period: '2023', before: null, after: { value: 40, provisional: true, estimated: false, breakInSeries: false, note: null, sourceDocument: 'https://example.org/atto.pdf' } },
      { territory: expect.objectContaining({ code: 'ITC11' }), period: '2023', before: null, after: expect.objectContaining({ value: 12.5, note: 'Rilevazione diretta', sourceDocument: 'DCM 12/2024' }) },
      { territory: expect.objectContaining({ code: 'ITC11' }), period: '2024-Q1', before: null, after: expect.objectContaining({ value: 3.25, estimated: true }) },
    ]);
    expect(await tableCounts(t.db)).toEqual(counts);

    const commit = await save({ rows }, false).expect(201);
    expect(commit.body).toMatchObject({ status: 'committed', batchId: expect.any(Number), file: { format: 'manuale', formatLabel: 'Inserimento manuale / Manual entry' } });
    expect(await current()).toMatchObject([
      { territory: { code: 'ITC1' }, period: '2023', value: 40, provisional: true, batchId: commit.body.batchId },
      { territory: { code: 'ITC11' }, period: '2023', value: 12.5, note: 'Rilevazione diretta', sourceDocument: 'DCM 12/2024' },
      { territory: { code: 'ITC11' }, period: '2024-Q1', value: 3.25, estimated: true },
    ]);
    const batch = (await analyst.agent.get(`/api/imports/${commit.body.batchId}`).expect(200)).body;
    expect(batch).toMatchObject({ status: 'committed', file: { format: 'manuale' }, counts: { inserted: 3 }, createdBy: expect.any(String) });
  });

  it('revises a changed value as a new vintage, keeps the old one, and a rollback restores it', async () => {
    const again = await save({ rows: [{ ...rows[0], value: '13' }, rows[1], rows[2]] }, false).expect(201);
    expect(again.body.counts).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const [itc11] = (await current()).filter((v: { territory: { code: string }; period: string }) => v.territory.code === 'ITC11' && v.period === '2023');
    expect(itc11).toMatchObject({ value: 13, batchId: again.body.batchId });
    const indicator = await t.db('indicators').where({ code: CODE }).first();
    const vintages = await t.db('observations').where({ indicator_id: indicator.id, period: '2023' }).whereNotNull('superseded_at');
    expect(vintages).toHaveLength(1);
    expect(Number(vintages[0].value)).toBe(12.5);
    expect(vintages[0].superseded_by_batch_id).toBe(again.body.batchId);

    const nothing = await save({ rows }, true).expect(200);
    expect(nothing.body.changes).toEqual([expect.objectContaining({ period: '2023', before: expect.objectContaining({ value: 13 }), after: expect.objectContaining({ value: 12.5 }) })]);

    await analyst.agent.post(`/api/imports/${again.body.batchId}/rollback`).set(analyst.csrf).expect(200);
    expect((await current()).find((v: { territory: { code: string }; period: string }) => v.territory.code === 'ITC11' && v.period === '2023')).toMatchObject({ value: 12.5 });
  });

  it('answers 422 naming territory, period and field for bad cells, writing nothing', async () => {
    const counts = await tableCounts(t.db);
    const bad = [
      { territory: 'ITC11', period: '2024-13', value: '1' },
      { territory: 'NOWHERE', period: '2024', value: '1' },
      { territory: 'ITC11', period: '2022', value: 'dodici' },
      { territory: 'ITC11', period: '2020', value: '1', sourceDocument: 'javascript:alert(1)' },
      { territory: 'ITC1', period: '2023', value: '2' },
      { territory: 'ITC1', period: '2023', value: '3' },
    ];
    const p = problem(await save({ rows: bad }, false), 422);
    expect(p.errors!.map((e) => [e.row, e.column, e.name])).toEqual([
      [1, 'period', 'ITC11 2024-13'],
      [2, 'territory', 'NOWHERE 2024'],
      [3, 'value', 'ITC11 2022'],
      [4, 'sourceDocument', 'ITC11 2020'],
      [6, 'period', 'ITC1 2023'],
    ]);
    // Codes and params for the grid to word each problem in the user's language.
    expect(p.errors!.map((e) => e.code)).toEqual(['period.invalid', 'territory.unknown', 'value.notNumber', 'link.badScheme', 'row.duplicate']);
    expect(p.errors![4]!.params).toEqual({ first: 5, row: 6, territory: 'ITC1', period: '2023' });
    expect(p.errors![0]!.message).toMatch(/Territory ITC11, period 2024-13/);
    // Words, not "[object Object]": the value's problem is the import catalogue's English text.
    expect(p.errors![2]!.message).toBe('Territory ITC11, period 2022: "dodici" is not a number.');
    expect(await tableCounts(t.db)).toEqual(counts);
    // A NUL in JSON is refused by the API's guard on every body (400 naming the row's field), before the grid's checks.
    expect(problem(await save({ rows: [rows[0], { ...rows[1], note: 'a\u0000b' }] }, false), 400).errors).toEqual([expect.objectContaining({ name: 'rows.1.note' })]);
    expect(problem(await save({ rows: [] }, true), 400).errors!.map((e) => e.name)).toEqual(['rows']);
    await save({ rows }, true, manager).expect(403);
    await t.api.post(`${VALUES}?dryRun=true`).send({ rows }).expect(401);
    await analyst.agent.post('/api/indicators/NOPE/values').set(analyst.csrf).send({ rows }).expect(404);
  });

  it('downloads the template (BOM, ";", Italian headers) and loads it back filled in through the same preview and commit', async () => {
    const res = await analyst.agent.get(`${VALUES}/template.csv`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\ufeffterritorio;periodo;valore;provvisorio;stimato;interruzione;nota;documento\r\n')).toBe(true);
    expect(text).toContain('ITC11;2023;12,5;;;;Rilevazione diretta;DCM 12/2024\r\n');
    expect(text).toContain('ITC1;2023;40;sì;;;;https://example.org/atto.pdf\r\n');

    const filled = Buffer.from(text.replace('ITC11;2023;12,5;', 'ITC11;2023;14,75;') + 'ITC11;2025;7;;sì;;;\r\n', 'utf8');
    const upload = (dryRun: boolean) => analyst.agent.post(`${VALUES}/file?dryRun=${dryRun}`).set(analyst.csrf).attach('file', filled, 'valori.csv');
    const preview = await upload(true).expect(200);
    expect(preview.body.counts).toMatchObject({ inserted: 1, updated: 1, unchanged: 2 });
    const commit = await upload(false).expect(201);
    expect(commit.body).toMatchObject({ status: 'committed', file: { name: 'valori.csv', format: 'manuale' } });
    expect((await current()).map((v: { territory: { code: string }; period: string; value: number }) => `${v.territory.code} ${v.period} ${v.value}`)).toEqual([
      'ITC1 2023 40',
      'ITC11 2023 14.75',
      'ITC11 2024-Q1 3.25',
      'ITC11 2025 7',
    ]);

    const counts = await tableCounts(t.db);
    const broken = Buffer.from('territorio;periodo;valore;nota\nITC11;2024-13;1;\nTORINO-X;2024;1;\nITC11;2020;1;a\u0000b\n', 'utf8');
    const p = problem(await analyst.agent.post(`${VALUES}/file?dryRun=false`).set(analyst.csrf).attach('file', broken, 'valori.csv'), 422);
    expect(p.errors!.map((e) => [e.row, e.column, e.name])).toEqual([
      [2, 'periodo', 'ITC11 2024-13'],
      [3, 'territorio', 'TORINO-X 2024'],
      [4, 'nota', 'ITC11 2020'],
    ]);
    expect(p.errors!.map((e) => e.code)).toEqual(['period.invalid', 'territory.unknown', 'text.unsafe']);
    const flags = Buffer.from('territorio;periodo;valore;stimato\nITC11;2024;1;forse\n', 'utf8');
    const f = problem(await analyst.agent.post(`${VALUES}/file?dryRun=true`).set(analyst.csrf).attach('file', flags, 'valori.csv'), 422);
    expect(f.errors).toEqual([expect.objectContaining({ row: 2, column: 'stimato', code: 'flag.invalid', params: { value: 'forse' } })]);
    const noColumn = problem(await analyst.agent.post(`${VALUES}/file?dryRun=true`).set(analyst.csrf).attach('file', Buffer.from('periodo;valore\n2024;1\n'), 'valori.csv'), 422);
    expect(noColumn.errors).toEqual([expect.objectContaining({ row: 1, column: 'territorio', code: 'table.missingColumn' })]);
    expect(await tableCounts(t.db)).toEqual(counts);
  });
});
