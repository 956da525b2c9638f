import ExcelJS from 'exceljs';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { bytes } from '../../../test/bytes';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const URL = '/api/plans/psm-2024-2026/actions/download';


describe('actions download', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const ids = await insertActionFixtures(t.db);
    await t.db('actions').where({ id: ids['1.1.1'] }).update({ planned_start: '2024-01-15', planned_end: '2026-06-30', actual_start: '2024-02-01' });
  });
  afterAll(() => t.destroy());

  it('holds only the actions the filters select, with office, dates, PNRR line, CUP and amounts', async () => {
    const res = await t.api.get(`${URL}?format=csv&period=2024-S2&funding=pnrr`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="azioni_psm-2024-2026.csv"');
    const [header, ...rows] = res.text.trim().split('\r\n');
    const columns = header!.split(',');
    expect(columns).toEqual([
      'codice', 'titolo', 'asse', 'strategia', 'codice_ufficio', 'ufficio', 'ruolo_ente', 'inizio_previsto', 'fine_prevista', 'inizio_effettivo', 'fine_effettiva',
      'stato', 'avanzamento_percentuale', 'ultimo_periodo', 'da_aggiornare', 'zone_omogenee', 'fonti_finanziamento', 'linee_pnrr', 'cup', 'importo_totale_euro', 'finanziamenti',
    ]);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['1.1.1', '1.1.3']);
    const all = await t.api.get(`${URL}?format=csv&period=2024-S2`).expect(200);
    const first = Object.fromEntries(all.text.split('\r\n')[1]!.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c, i) => [columns[i], c.replace(/,$/, '')]));
    expect(first).toMatchObject({
      codice: '1.1.1',
      codice_ufficio: 'UFF-SVI',
      ufficio: 'Sviluppo economico',
      ruolo_ente: 'capofila',
      inizio_previsto: '2024-01-15',
      fine_prevista: '2026-06-30',
      inizio_effettivo: '2024-02-01',
      fine_effettiva: '',
      stato: 'In corso',
      avanzamento_percentuale: '40',
      linee_pnrr: 'M5C2I2.2',
      cup: 'J11B21004470001',
      importo_totale_euro: '1002000.5',
      finanziamenti: 'own: 2000; pnrr M5C2I2.2 CUP J11B21004470001: 1000000.5',
    });
    expect(all.text.trim().split('\r\n')).toHaveLength(14);
    const byStatus = await t.api.get(`${URL}?format=csv&period=2024-S2&status=nessun-aggiornamento&axis=6`).expect(200);
    expect(byStatus.text.trim().split('\r\n').slice(1).map((r) => r.split(',')[0])).toContain('6.1.2');
    const none = await t.api.get(`${URL}?format=csv&q=nessuna-azione-ha-questo-titolo`).expect(200);
    expect(none.text).toBe(`${header}\r\n`);
  });

  it('gives an XLSX with English headers, amounts and progress as numbers', async () => {
    const res = await bytes(t.api.get(`${URL}?format=xlsx&lang=en&period=2024-S2&office=UFF-SVI`)).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="actions_psm-2024-2026.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const ws = wb.getWorksheet('Actions')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('pnrr_lines');
    const row = ws.getRow(2);
    const cell = (name: string) => row.getCell(header.indexOf(name) + 1).value;
    expect([cell('code'), cell('office_code'), cell('status'), cell('progress_percent'), cell('total_amount_eur'), cell('cup')]).toEqual([
      '1.1.1', 'UFF-SVI', 'In progress', 40, 1002000.5, 'J11B21004470001',
    ]);
    for (let r = 2; r <= ws.rowCount; r++) expect(ws.getRow(r).getCell(header.indexOf('office_code') + 1).value).toBe('UFF-SVI');
  });

  it('names a wrong parameter (400) and an unknown plan (404)', async () => {
    expect(problem(await t.api.get(URL), 400).errors![0]!.name).toBe('format');
    expect(problem(await t.api.get(`${URL}?format=pdf`), 400).errors![0]).toEqual({ name: 'format', message: 'must be csv or xlsx' });
    expect(problem(await t.api.get(`${URL}?format=csv&lang=de`), 400).errors![0]!.name).toBe('lang');
    expect(problem(await t.api.get(`${URL}?format=csv&period=2024-S3`), 400).errors![0]!.name).toBe('period');
    await t.api.get('/api/plans/psm-1900-1901/actions/download?format=csv').expect(404);
  });
});
