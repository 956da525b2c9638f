import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { tableCounts } from '../../../test/test-db';
import { createTestApp, type TestApp } from '../../../test/test-app';

type Matrix = {
  tools: { code: string }[];
  allAxes: { code: string }[];
  axes: { code: string; strategies: { code: string; actions: { code: string; objectives: { tool: string; code: string; title: string }[] }[] }[] }[];
  actionsWithoutObjective: { code: string }[];
  objectivesWithoutAction: { tool: string; code: string }[];
  counts: Record<string, number>;
};
const actionsOf = (m: Matrix) => m.axes.flatMap((a) => a.strategies.flatMap((s) => s.actions));

// Made-up tools and objectives: the seed holds none.
describe('coherence matrix, objective search and downloads', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
    const post = (path: string, body: object) => admin.agent.post(path).set(admin.csrf).send(body).expect(201);
    await post('/api/planning-tools', { code: 'pums-2022', kind: 'pums', name: 'PUMS della Città metropolitana', url: 'https://example.org/pums' });
    await post('/api/planning-tools/pums-2022/objectives', { code: 'OS-1', title: 'Ridurre le emissioni del trasporto' });
    await post('/api/planning-tools/pums-2022/objectives', { code: 'OS-1.a', title: 'Mobilità ciclabile sicura', parent: 'OS-1' });
    await post('/api/planning-tools', { code: 'dup-2024', kind: 'dup', name: 'DUP 2024-2026' });
    await post('/api/planning-tools/dup-2024/objectives', { code: 'OS-10', title: 'Sviluppo economico del territorio' });
    await admin.agent
      .put('/api/plans/psm-2024-2026/actions/1.1.1/objectives')
      .set(admin.csrf)
      .send({ objectives: [{ tool: 'pums-2022', objective: 'OS-1.a' }, { tool: 'dup-2024', objective: 'OS-10' }] })
      .expect(200);
  });
  afterAll(() => t.destroy());

  it('finds objectives by code in any case, or by words of the title without accents', async () => {
    const byCode = await t.api.get('/api/planning-objectives?q=os-1').expect(200);
    expect(byCode.body.items.map((o: { tool: string; code: string }) => `${o.tool} ${o.code}`)).toEqual(['pums-2022 OS-1', 'dup-2024 OS-10', 'pums-2022 OS-1.a']);
    expect(byCode.body.items[0]).toEqual({ tool: 'pums-2022', toolKind: 'pums', toolName: 'PUMS della Città metropolitana', code: 'OS-1', title: 'Ridurre le emissioni del trasporto', parent: null });
    const byWords = await t.api.get('/api/planning-objectives?q=ciclabile%20MOBILITA').expect(200);
    expect(byWords.body.items).toEqual([expect.objectContaining({ tool: 'pums-2022', code: 'OS-1.a', parent: 'OS-1' })]);
    const inTool = await t.api.get('/api/planning-objectives?q=OS-1&tool=dup-2024').expect(200);
    expect(inTool.body.items.map((o: { code: string }) => o.code)).toEqual(['OS-10']);
    expect((await t.api.get('/api/planning-objectives?q=nulla%20del%20genere').expect(200)).body.items).toEqual([]);
    expect(problem(await t.api.get('/api/planning-objectives?q=%20'), 400).errors!.map((e) => e.name)).toEqual(['q']);
    expect(problem(await t.api.get('/api/planning-objectives?q=a%00b'), 400).errors!.map((e) => e.name)).toEqual(['q']);
    await t.api.get('/api/planning-objectives?q=OS&tool=ptgm-none').expect(404);
  });

  it('shows the matrix axes → strategies → actions × tools, with the gaps flagged', async () => {
    const m: Matrix = (await t.api.get('/api/plans/psm-2024-2026/coherence').expect(200)).body;
    expect(m.tools.map((x) => x.code)).toEqual(['dup-2024', 'pums-2022']);
    const actions = actionsOf(m);
    const plan = await t.db('plans').where({ code: 'psm-2024-2026' }).first();
    expect(actions).toHaveLength(Number((await t.db('actions').where({ plan_id: plan.id }).count({ n: '*' }).first())!.n));
    expect(actions.find((a) => a.code === '1.1.1')!.objectives).toEqual([
      { tool: 'dup-2024', code: 'OS-10', title: 'Sviluppo economico del territorio' },
      { tool: 'pums-2022', code: 'OS-1.a', title: 'Mobilità ciclabile sicura' },
    ]);
    expect(m.actionsWithoutObjective.map((a) => a.code)).not.toContain('1.1.1');
    expect(m.counts.actionsWithoutObjective).toBe(actions.length - 1);
    expect(m.objectivesWithoutAction).toEqual([{ tool: 'pums-2022', toolKind: 'pums', code: 'OS-1', title: 'Ridurre le emissioni del trasporto' }]);
  });

  it('filters by axis and by tool, and refuses unknown ones with 400 naming the field', async () => {
    const axis2: Matrix = (await t.api.get('/api/plans/psm-2024-2026/coherence?asse=2').expect(200)).body;
    expect(axis2.axes.map((a) => a.code)).toEqual(['2']);
    expect(axis2.allAxes.length).toBeGreaterThan(1);
    expect(actionsOf(axis2).every((a) => a.code.startsWith('2.'))).toBe(true);
    expect(axis2.actionsWithoutObjective).toHaveLength(actionsOf(axis2).length);

    const pums: Matrix = (await t.api.get('/api/plans/psm-2024-2026/coherence?strumento=pums-2022&asse=1').expect(200)).body;
    expect(pums.tools.map((x) => x.code)).toEqual(['pums-2022']);
    expect(actionsOf(pums).find((a) => a.code === '1.1.1')!.objectives.map((o) => o.code)).toEqual(['OS-1.a']);
    expect(pums.counts.objectives).toBe(2);

    expect(problem(await t.api.get('/api/plans/psm-2024-2026/coherence?asse=99'), 400).errors!.map((e) => e.name)).toEqual(['asse']);
    expect(problem(await t.api.get('/api/plans/psm-2024-2026/coherence?asse=uno'), 400).errors!.map((e) => e.name)).toEqual(['asse']);
    expect(problem(await t.api.get('/api/plans/psm-2024-2026/coherence?strumento=ptgm-none'), 400).errors!.map((e) => e.name)).toEqual(['strumento']);
    expect(problem(await t.api.get('/api/plans/psm-2024-2026/coherence/download?format=pdf'), 400).errors!.map((e) => e.name)).toEqual(['format']);
    await t.api.get('/api/plans/psm-1999-2001/coherence/download?format=csv').expect(404);
  });

  it('downloads the shown view as CSV and XLSX', async () => {
    const csv = await t.api.get('/api/plans/psm-2024-2026/coherence/download?format=csv&asse=1').expect(200).expect('Content-Type', /text\/csv/);
    expect(csv.headers['content-disposition']).toContain('coerenza_psm-2024-2026_asse-1.csv');
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('piano,asse,strategia,azione,titolo_azione,strumento,obiettivo,titolo_obiettivo,segnalazione');
    const title = (await t.db('actions').where({ code: '1.1.1' }).first()).title as string;
    const quoted = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    expect(lines).toContain(`psm-2024-2026,1,1.1,1.1.1,${quoted(title)},pums-2022,OS-1.a,Mobilità ciclabile sicura,`);
    expect(lines).toContain(`psm-2024-2026,1,1.1,1.1.1,${quoted(title)},dup-2024,OS-10,Sviluppo economico del territorio,`);
    expect(lines).toContain('psm-2024-2026,,,,,pums-2022,OS-1,Ridurre le emissioni del trasporto,obiettivo non servito');
    expect(lines.filter((l) => l.endsWith(',azione senza obiettivi')).every((l) => l.startsWith('psm-2024-2026,1,'))).toBe(true);

    const xlsx = await t.api
      .get('/api/plans/psm-2024-2026/coherence/download?format=xlsx&strumento=pums-2022&lang=en')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Coherence', 'Matrix']);
    const matrix = wb.getWorksheet('Matrix')!;
    expect(matrix.getRow(1).values).toEqual([undefined, 'action', 'action_title', 'pums-2022']);
    expect(matrix.getRow(2).getCell(1).value).toBe('1.1.1');
    expect(matrix.getRow(2).getCell(3).value).toBe('OS-1.a');
    const long = wb.getWorksheet('Coherence')!;
    expect(long.getRow(1).getCell(9).value).toBe('flag');
  });

  it('lists the objectives an action serves in its page, with the tool', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/actions/1.1.1').expect(200);
    expect(res.body.objectives).toEqual([
      { tool: 'dup-2024', toolKind: 'dup', toolName: 'DUP 2024-2026', toolUrl: null, code: 'OS-10', title: 'Sviluppo economico del territorio', note: null },
      { tool: 'pums-2022', toolKind: 'pums', toolName: 'PUMS della Città metropolitana', toolUrl: 'https://example.org/pums', code: 'OS-1.a', title: 'Mobilità ciclabile sicura', note: null },
    ]);
    expect((await t.api.get('/api/plans/psm-2024-2026/actions/2.1.1').expect(200)).body.objectives).toEqual([]);
  });

  it('writes nothing on reads with bad input', async () => {
    const before: Record<string, number> = await tableCounts(t.db as Knex);
    await t.api.get('/api/plans/psm-2024-2026/coherence?strumento=NOPE').expect(400);
    await t.api.get('/api/planning-objectives?q=').expect(400);
    expect(await tableCounts(t.db as Knex)).toEqual(before);
  });
});
