import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { bytes } from '../../../test/bytes';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const URL = '/api/indicators/BES_12SER020/download';

describe('indicator download', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('gives the values shown as CSV: comma, decimal point, Italian headers', async () => {
    const res = await t.api.get(`${URL}?format=csv&territory=ITC11&from=2021`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="BES_12SER020_shown.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe('codice_indicatore,codice_territorio,territorio,periodo,valore,unita_di_misura,segni,nota,fonte');
    expect(lines.slice(1, -1).map((l) => l.split(',').slice(1, 5))).toEqual([
      ['ITC11', 'Città metropolitana di Torino', '2021', '60.8'],
      ['ITC11', 'Città metropolitana di Torino', '2022', '68.7'],
      ['ITC11', 'Città metropolitana di Torino', '2024', '82.9'],
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it('gives a CSV for Excel: BOM, semicolon, decimal comma, CRLF, the real seed numbers', async () => {
    const res = await bytes(t.api.get(`${URL}?format=csv-excel&territory=ITC11`)).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="BES_12SER020_shown_excel.csv"');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.subarray(3).toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('codice_indicatore;codice_territorio;territorio;periodo;valore;unita_di_misura;segni;nota;fonte');
    expect(lines.slice(1, -1).map((l) => l.split(';').slice(3, 6))).toEqual([
      ['2020', '56', '%'],
      ['2021', '60,8', '%'],
      ['2022', '68,7', '%'],
      ['2024', '82,9', '%'],
    ]);
  });

  it('writes headers and flags in English with lang=en', async () => {
    const [indicator] = await t.db('indicators').insert({ code: 'TEST_FLAGS', name: 'Serie con segni', name_en: 'Flagged series', unit: '%', source: 'other', status: 'published' }).returning('id');
    const territory = await t.db('territories').where({ code: 'ITC11' }).first('id');
    await t.db('observations').insert({
      indicator_id: indicator.id, territory_id: territory.id, period: '2023', period_start: '2023-01-01', value: 1.5, provisional: true, break_in_series: true, note: 'nuovo metodo',
    });
    const en = await t.api.get('/api/indicators/TEST_FLAGS/download?format=csv&lang=en').expect(200);
    expect(en.text.split('\r\n').slice(0, 2)).toEqual([
      'indicator_code,territory_code,territory_name,period,value,unit,flags,note,source',
      'TEST_FLAGS,ITC11,Città metropolitana di Torino,2023,1.5,%,provisional; break in series,nuovo metodo,',
    ]);
    const it = await t.api.get('/api/indicators/TEST_FLAGS/download?format=csv-excel').expect(200);
    // A cell holding the separator is quoted.
    expect(it.text.split('\r\n')[1]).toBe('TEST_FLAGS;ITC11;Città metropolitana di Torino;2023;1,5;%;"provvisorio; interruzione di serie";nuovo metodo;');
  });

  it('gives an XLSX with a data sheet of numbers and a metadata sheet', async () => {
    const res = await bytes(t.api.get(`${URL}?format=xlsx&scope=full`)).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="BES_12SER020_full.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as ArrayBuffer);
    const data = wb.getWorksheet('Dati')!;
    expect(data.getRow(1).getCell(5).value).toBe('valore');
    const torino = [];
    for (let r = 2; r <= data.rowCount; r++) {
      const row = data.getRow(r);
      if (row.getCell(2).value === 'ITC11') torino.push([row.getCell(4).value, row.getCell(5).value]);
      expect(typeof row.getCell(5).value).toBe('number');
      expect(row.getCell(5).numFmt).toBe('#,##0.0');
    }
    expect(torino).toEqual([['2020', 56], ['2021', 60.8], ['2022', 68.7], ['2024', 82.9]]);
    // The whole series: more territories than the one asked for above.
    expect(new Set(data.getColumn(2).values.slice(2)).size).toBeGreaterThan(1);
    const meta = Object.fromEntries(wb.getWorksheet('Metadati')!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1, 3)));
    expect(meta).toMatchObject({
      Indicatore: 'BES_12SER020 – Copertura della rete fissa di accesso ultra veloce a internet',
      'Unità di misura': '%',
      'Fonte: ente produttore': 'Istat',
      'Fonte: dataset': 'BES dei Territori (DF_BES_TERRIT_0T)',
      Licenza: 'CC BY 4.0 (Istat)',
      // The seed states no publisher's page for the BES indicators (seeds/PROVENANCE.md): the citation ends at the date.
      Citazione: expect.stringMatching(/^Città metropolitana di Torino, PSM monitor, Copertura della rete fissa di accesso ultra veloce a internet, dati al \d{4}-\d{2}-\d{2}$/),
      'Versione dei dati': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      Selezione: 'Serie completa: tutti i territori e tutti i periodi',
      'Legenda dei segni': expect.stringContaining('provvisorio = '),
    });
    const en = await bytes(t.api.get(`${URL}?format=xlsx&lang=en&territory=ITC11&asOf=2099-01-01`)).expect(200);
    const wbEn = new ExcelJS.Workbook();
    await wbEn.xlsx.load(en.body as ArrayBuffer);
    expect(wbEn.worksheets.map((w) => w.name)).toEqual(['Data', 'Metadata']);
    const metaEn = Object.fromEntries(wbEn.getWorksheet('Metadata')!.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1, 3)));
    expect(metaEn).toMatchObject({ Indicator: 'BES_12SER020 – Ultra-fast fixed broadband coverage', 'Data version': '2099-01-01', Selection: expect.stringContaining('ITC11') });
  });

  it('gives a ZIP with the CSV, a datapackage.json whose fields are the CSV header, and a README', async () => {
    const res = await bytes(t.api.get(`${URL}?format=zip&territory=ITC11,ITC1&to=2022`)).expect(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe('attachment; filename="BES_12SER020_shown.zip"');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    expect(Object.keys(zip.files).sort()).toEqual(['BES_12SER020_shown.csv', 'README.md', 'datapackage.json']);
    const csv = await zip.file('BES_12SER020_shown.csv')!.async('string');
    const pkg = JSON.parse(await zip.file('datapackage.json')!.async('string'));
    expect(pkg).toMatchObject({
      profile: 'tabular-data-package',
      name: 'bes_12ser020_shown',
      licenses: [{ name: 'CC-BY-4.0' }],
      // No publisher's page is known for the BES indicators: the source has a title and no made-up path.
      sources: [{ title: 'Istat – BES dei Territori (DF_BES_TERRIT_0T)' }],
      resources: [{ path: 'BES_12SER020_shown.csv', format: 'csv' }],
    });
    expect(pkg.sources[0].path).toBeUndefined();
    const fields = pkg.resources[0].schema.fields as { name: string; type: string }[];
    expect(fields.map((f) => f.name).join(',')).toBe(csv.split('\r\n')[0]);
    expect(fields.find((f) => f.name === 'valore')!.type).toBe('number');
    expect(csv).toContain(',2022,68.7,');
    expect(csv).not.toContain(',2024,');
    const readme = await zip.file('README.md')!.async('string');
    expect(readme.indexOf('File di questo archivio')).toBeLessThan(readme.indexOf('Files of this archive'));
    expect(readme).toContain('`valore`');
  });

  it('names a wrong parameter (400) and an unknown indicator or territory (404)', async () => {
    const none = await t.api.get(URL);
    expect(problem(none, 400).errors![0]!.name).toBe('format');
    expect(problem(await t.api.get(`${URL}?format=pdf`), 400).errors![0]).toEqual({ name: 'format', message: 'must be one of csv, csv-excel, xlsx, zip' });
    expect(problem(await t.api.get(`${URL}?format=csv&scope=all`), 400).errors![0]!.name).toBe('scope');
    expect(problem(await t.api.get(`${URL}?format=csv&lang=fr`), 400).errors![0]!.name).toBe('lang');
    expect(problem(await t.api.get(`${URL}?format=csv&from=2023&to=2015`), 400).errors![0]!.name).toBe('from');
    expect(problem(await t.api.get(`${URL}?format=csv&asOf=ieri`), 400).errors![0]!.name).toBe('asOf');
    expect(problem(await t.api.get(`${URL}?format=csv&scope=full&territory=ITC11`), 400).errors).toEqual([
      { name: 'territory', message: 'selects what is shown; scope=full takes every territory and period' },
    ]);
    expect(problem(await t.api.get('/api/indicators/NOPE/download?format=csv'), 404).detail).toContain('NOPE');
    expect(problem(await t.api.get(`${URL}?format=csv&territory=ZZZ`), 404).detail).toContain('ZZZ');
  });
});
