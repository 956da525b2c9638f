import ExcelJS from 'exceljs';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { actionsToXlsx, getActionTable } from './service';

describe('actions API (level 2 reads)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertActionFixtures(t.db);
  });
  afterAll(() => t.destroy());

  it('lists the status vocabulary', async () => {
    const res = await t.api.get('/api/action-statuses').expect(200);
    expect(res.body.items).toHaveLength(7);
    expect(res.body.items[3]).toEqual({ code: 'in_ritardo', labelIt: 'In ritardo', labelEn: 'Delayed', rag: 'amber', colour: '#E69F00', position: 4, closed: false });
  });

  it('serves the action table with current status and the "da aggiornare" flag', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/actions?period=2024-S2').expect(200);
    expect(res.body.currentPeriod).toBe('2024-S2');
    expect(res.body.items).toHaveLength(13);
    const [a111, a112] = res.body.items;
    expect(a111).toMatchObject({
      code: '1.1.1',
      strategy: { code: '1.1' },
      office: { code: 'UFF-SVI', name: 'Sviluppo economico' },
      bodyRole: 'lead',
      weight: 3,
      status: { code: 'in_corso', labelIt: 'In corso', rag: 'green', colour: '#009E73' },
      progress: 40,
      lastPeriod: '2024-S2',
      toUpdate: false,
      axis: { code: '1', title: 'Torino metropoli più produttiva e innovativa' },
      zones: [
        { code: 'ITC11-ZO01', name: 'Torino' },
        { code: 'ITC11-ZO02', name: 'Area Metropolitana Torino Ovest' },
      ],
      fundingSources: ['own', 'pnrr'],
    });
    expect(a112).toMatchObject({ code: '1.1.2', status: { code: 'in_ritardo' }, toUpdate: true, zones: [{ code: 'ITC11-ZO01', name: 'Torino' }], fundingSources: [] });
    expect(res.body.items.find((r: { code: string }) => r.code === '1.1.3')).toMatchObject({ zones: [], fundingSources: ['pnrr'] });
    // Every row names the axis its strategy belongs to (strategy 2.1 → axis 2).
    for (const r of res.body.items as { strategy: { code: string }; axis: { code: string } }[]) expect(r.strategy.code.split('.')[0]).toBe(r.axis.code);
    const never = res.body.items.find((r: { code: string }) => r.code === '6.1.2');
    expect(never).toMatchObject({ status: null, progress: null, lastPeriod: null, toUpdate: true });
    const bad = await t.api.get('/api/plans/psm-2024-2026/actions?period=2024-S3');
    expect(problem(bad, 400).errors).toEqual([{ name: 'period', message: 'must be a semester such as 2024-S2' }]);
  });

  it('offers the table as CSV', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/actions?period=2024-S2&format=csv').expect(200).expect('Content-Type', /text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="azioni_psm-2024-2026.csv"');
    const lines = res.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'code,title,strategy,office,body_role,planned_start,planned_end,actual_start,actual_end,status,status_label,rag,progress,last_period,to_update,axis,zone_omogenee,fonti_finanziamento',
    );
    expect(lines).toHaveLength(14);
    expect(lines[1]).toMatch(/^1\.1\.1,.*,1\.1,Sviluppo economico,lead,,,,,in_corso,In corso,green,40,2024-S2,false,1,Torino; Area Metropolitana Torino Ovest,own; pnrr$/);
    expect(lines[2]).toMatch(/^1\.1\.2,.*,true,1,Torino,$/);
    expect(lines[3]).toMatch(/^1\.1\.3,.*,1,,pnrr$/);
  });

  it('writes the table as XLSX that reads back the same', async () => {
    const table = await getActionTable(t.db, 'psm-2024-2026', '2024-S2');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await actionsToXlsx(table)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Azioni')!;
    expect(ws.rowCount).toBe(14);
    expect(ws.getRow(1).getCell(1).value).toBe('code');
    const row = ws.getRow(2);
    expect([row.getCell(1).value, row.getCell(10).value, row.getCell(13).value, row.getCell(15).value]).toEqual(['1.1.1', 'in_corso', 40, false]);
    expect([16, 17, 18].map((c) => ws.getRow(1).getCell(c).value)).toEqual(['axis', 'zone_omogenee', 'fonti_finanziamento']);
    expect([16, 17, 18].map((c) => row.getCell(c).value)).toEqual(['1', 'Torino; Area Metropolitana Torino Ovest', 'own; pnrr']);
    expect([17, 18].map((c) => ws.getRow(4).getCell(c).value)).toEqual([null, 'pnrr']);
    expect(row.getCell(11).fill).toMatchObject({ fgColor: { argb: 'FF009E73' } });
  });

  it('neutralises formulas in the CSV and writes them as text cells in the XLSX', async () => {
    const action = await t.db('actions').where({ code: '1.1.2' }).orderBy('id', 'desc').first('id', 'title');
    const formula = '=HYPERLINK("http://example.org","clic")';
    try {
      await t.db('actions').where({ id: action.id }).update({ title: formula });
      const res = await t.api.get('/api/plans/psm-2024-2026/actions?period=2024-S2&format=csv').expect(200);
      const line = res.text.split('\r\n').find((l) => l.startsWith('1.1.2,'))!;
      expect(line.startsWith(`1.1.2,"'=HYPERLINK(""http://example.org"",""clic"")",1.1,`)).toBe(true);

      const table = await getActionTable(t.db, 'psm-2024-2026', '2024-S2');
      const buf = await actionsToXlsx(table);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const cell = wb.getWorksheet('Azioni')!.getRow(3).getCell(2);
      expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, formula]);
    } finally {
      await t.db('actions').where({ id: action.id }).update({ title: action.title });
    }
  });

  it('serves one action with its history newest first and what it is linked to', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/actions/1.1.1?period=2024-S2').expect(200);
    expect(res.headers.etag).toBeTruthy();
    expect(res.body).toMatchObject({
      code: '1.1.1',
      version: 1,
      status: { code: 'in_corso' },
      milestones: [{ title: 'Aggiudicazione', plannedDate: '2024-12-31', actualDate: null }],
      partners: [{ name: 'Regione Piemonte', role: 'cofinanziatore' }],
      zones: [{ code: 'ITC11-ZO01' }, { code: 'ITC11-ZO02' }],
      axis: { code: '1' },
      fundingSources: ['own', 'pnrr'],
    });
    expect(res.body.history.map((u: { status: string; reportingPeriod: string }) => `${u.status} ${u.reportingPeriod}`)).toEqual(['in_corso 2024-S2', 'avviata 2024-S1']);
    expect(res.body.history[0].evidence).toEqual({ type: 'Decreto del Sindaco metropolitano', number: '123/2024', date: '2024-08-30', url: 'https://example.org/atti/123-2024' });
    expect(res.body.fundings).toEqual([
      { sourceType: 'own', pnrrCode: null, cup: null, amount: 2000, description: null, sourceUrl: null },
      { sourceType: 'pnrr', pnrrCode: 'M5C2I2.2', cup: 'J11B21004470001', amount: 1000000.5, description: null, sourceUrl: null },
    ]);
    const nf = await t.api.get('/api/plans/psm-2024-2026/actions/9.9.9');
    expect(problem(nf, 404).detail).toBe('Action "psm-2024-2026 9.9.9" does not exist.');
    await t.api.get('/api/plans/psm-2024-2026/actions/1.1').expect(400);
  });

  it('serves the roll-up', async () => {
    const res = await t.api.get('/api/plans/psm-2024-2026/rollup?period=2024-S2').expect(200);
    // Worked out in actions/actions.test.ts from the same fixtures.
    expect(res.body.plan).toMatchObject({ actions: 13, noUpdate: 8, toUpdate: 9, meanProgress: 47.5, weightedMeanProgress: 54.62 });
    expect(res.body.axes).toHaveLength(6);
    expect(res.body.fundings.map((f: { sourceType: string }) => f.sourceType)).toEqual(['own', 'pnrr']);
    await t.api.get('/api/plans/psm-1999-2001/rollup').expect(404);
  });
});
