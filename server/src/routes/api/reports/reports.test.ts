import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runImport } from '../../../imports/pipeline/run-import';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { bytes } from '../../../test/bytes';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** Today (UTC): the seed's values were recorded today, so a report pinned to today quotes them. */
const TODAY = new Date().toISOString().slice(0, 10);

const SECTIONS = [
  { kind: 'heading', text: 'Il contesto' },
  { kind: 'text', markdown: 'Questo aggiornamento riporta **i dati** pubblicati.\n\n- primo punto\n- secondo con [link](https://www.cittametropolitana.torino.it/)' },
  { kind: 'indicator', indicator: 'BES_12SER020', territories: ['ITC11', 'ITC1'], table: true },
  { kind: 'heading', text: 'Le strategie' },
  { kind: 'strategy', strategy: '1.1' },
  { kind: 'heading', text: "L'attuazione" },
  { kind: 'status-table', by: 'axis' },
  { kind: 'rollup', livello: 'assi' },
];

/** Runs a poppler tool on a PDF and returns its output. */
function poppler(tool: 'pdfinfo' | 'pdftotext', pdf: Buffer, args: string[] = []): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'report-')), 'r.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

describe('reports API', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  let id: number;
  beforeAll(async () => {
    t = await createTestApp();
    await insertActionFixtures(t.db);
    analyst = await loginAs(t, 'analyst');
    const res = await analyst.agent
      .post('/api/reports')
      .set(analyst.csrf)
      .send({ plan: 'psm-2024-2026', title: 'PSM 2024-2026 – Aggiornamento 2026', referenceDate: TODAY, sections: SECTIONS })
      .expect(201);
    id = res.body.id;
  });
  afterAll(() => t.destroy());

  it('keeps a draft with its sections, audited, for analysts only', async () => {
    const res = await analyst.agent.get(`/api/reports/${id}`).expect(200);
    expect(res.body).toMatchObject({ plan: 'psm-2024-2026', title: 'PSM 2024-2026 – Aggiornamento 2026', referenceDate: TODAY, lang: 'it', status: 'draft', version: 1 });
    expect(res.body.sections[2]).toEqual({ kind: 'indicator', indicator: 'BES_12SER020', territories: ['ITC11', 'ITC1'], table: true, text: null });
    const audit = await t.db('audit_log').where({ resource_type: 'report', resource_id: String(id) });
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create']);
    await t.api.get(`/api/reports/${id}`).expect(401);
    const manager = await loginAs(t, 'manager');
    await manager.agent.get(`/api/reports/${id}`).expect(403);
  });

  it('refuses unknown codes by section and field, writing nothing', async () => {
    const before = await t.db('reports').count<{ count: string }[]>('* as count');
    const res = await analyst.agent
      .post('/api/reports')
      .set(analyst.csrf)
      .send({ plan: 'psm-2024-2026', title: 'X', referenceDate: '2026-02-30', sections: [] });
    expect(problem(res, 400).errors).toEqual([{ name: 'referenceDate', message: 'must be a date YYYY-MM-DD' }]);
    const future = await analyst.agent.post('/api/reports').set(analyst.csrf).send({ plan: 'psm-2024-2026', title: 'X', referenceDate: '2999-01-01' });
    expect(problem(future, 400).errors).toEqual([{ name: 'referenceDate', message: 'must not be in the future: the report quotes the data published by that day' }]);
    const bad = await analyst.agent
      .post('/api/reports')
      .set(analyst.csrf)
      .send({ plan: 'psm-2024-2026', title: 'X', referenceDate: '2026-01-31', sections: [{ kind: 'indicator', indicator: 'NOPE' }, { kind: 'strategy', strategy: '9.9' }, { kind: 'chart' }] });
    expect(problem(bad, 400).errors![0]!.name).toBe('sections.2.kind');
    const unknown = await analyst.agent
      .post('/api/reports')
      .set(analyst.csrf)
      .send({ plan: 'psm-2024-2026', title: 'X', referenceDate: '2026-01-31', sections: [{ kind: 'indicator', indicator: 'NOPE' }, { kind: 'strategy', strategy: '9.9' }] });
    expect(problem(unknown, 400).errors).toEqual([
      { name: 'sections.0.indicator', message: 'no indicator "NOPE"' },
      { name: 'sections.1.strategy', message: 'no strategy "9.9" in this plan' },
    ]);
    expect(await t.db('reports').count<{ count: string }[]>('* as count')).toEqual(before);
  });

  it('resolves the sections to numbered figures and tables pinned to the reference date, with proposed sentences', async () => {
    const res = await analyst.agent.get(`/api/reports/${id}/document`).expect(200);
    const blocks = res.body.blocks as { kind: string; number?: number; caption?: string; alt?: string; src?: string; rows?: string[][]; runs?: { text: string }[] }[];
    const figures = blocks.filter((b) => b.kind === 'figure');
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(figures.map((f) => [f.number, f.caption])).toEqual([
      [1, 'Copertura della rete fissa di accesso ultra veloce a internet'],
      [2, 'Stato di attuazione delle azioni per asse'],
    ]);
    expect(figures[0]!.src).toBe(`/api/figures/indicators/BES_12SER020.svg?territori=ITC11,ITC1&piano=psm-2024-2026&asOf=${TODAY}&lang=it&width=720&bare=1`);
    // The preview's figure is the one the exports draw: bare, its caption and sources written as text.
    const drawn = await analyst.agent.get(figures[0]!.src!).buffer(true).expect(200);
    expect(drawn.body.toString('utf8')).not.toContain('Fonte: ');
    expect(tables.map((x) => x.number)).toEqual([1, 2, 3]);
    // The proposed sentences are the figure's alternative text, from the real values.
    expect(figures[0]!.alt).toBe(
      'Copertura della rete fissa di accesso ultra veloce a internet: nel 2024 il valore per Città metropolitana di Torino è 82,9%. Rispetto al 2022 (68,7%) è aumentato di 14,2 punti percentuali. È un miglioramento: per questo indicatore valori più alti sono migliori. Nello stesso periodo il valore è 71,6% in Piemonte.',
    );
    expect(tables[0]!.rows).toContainEqual(['2024', '82,9', '71,6']);
    expect(tables[0]!.rows).toContainEqual(['2023', '–', '62,5']);
    // Each block names its section; the proposed sentences are kept by section for the composer.
    expect(figures.map((f) => (f as { section?: number }).section)).toEqual([2, 7]);
    expect(res.body.proposals).toContainEqual({ section: 2, text: figures[0]!.alt });
    expect(res.body.proposals.map((p: { section: number }) => p.section)).toEqual([2, 4]);
    expect(res.body.revisions).toEqual([]);
  });

  it('exports an editable DOCX: Word heading and caption styles, numbered captions, tables, figures with alt text', async () => {
    const res = await bytes(analyst.agent.get(`/api/reports/${id}/export.docx`)).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe('attachment; filename="PSM-2024-2026-Aggiornamento-2026.docx"');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
      const inner = m[1] ?? m[2] ?? '';
      const text = [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('');
      return { style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1], text: text.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') };
    });
    const styled = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual(['PSM 2024-2026 – Aggiornamento 2026']);
    expect(styled('Heading1')).toEqual(['Il contesto', 'Le strategie', "L'attuazione"]);
    expect(styled('Heading2')[0]).toMatch(/^Strategia 1\.1 – /);
    expect(styled('Caption')).toEqual([
      'Figura 1: Copertura della rete fissa di accesso ultra veloce a internet',
      'Tabella 1: Valori di Copertura della rete fissa di accesso ultra veloce a internet (%)',
      'Tabella 2: Indicatori della strategia 1.1',
      'Tabella 3: Stato di attuazione delle azioni per asse',
      'Figura 2: Stato di attuazione delle azioni per asse',
    ]);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('82,9');
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Copertura della rete fissa di accesso ultra veloce a internet: nel 2024 il valore/);
    // Each figure as SVG, with a PNG for applications that cannot show SVG.
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media.filter((f) => f.endsWith('.svg'))).toHaveLength(2);
    expect(media.filter((f) => f.endsWith('.png'))).toHaveLength(2);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('<w:lang w:val="it-IT"/>');
  });

  it('exports a tagged PDF/UA-1 with title, language, captions and the numbers', async () => {
    const res = await bytes(analyst.agent.get(`/api/reports/${id}/export.pdf`)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    const info = poppler('pdfinfo', pdf);
    expect(info).toMatch(/^Title:\s+PSM 2024-2026 – Aggiornamento 2026$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const meta = poppler('pdfinfo', pdf, ['-meta']);
    expect(meta).toMatch(/pdfuaid:part>1<|pdfuaid:part="1"/);
    expect(meta).toContain('<dc:language><rdf:Bag><rdf:li>it</rdf:li></rdf:Bag></dc:language>');
    // Bookmarks from the headings, and the structure tree of a tagged document.
    expect(pdf.includes('/Outlines')).toBe(true);
    expect(pdf.includes('/StructTreeRoot')).toBe(true);
    const text = poppler('pdftotext', pdf);
    for (const s of ['Figura 1: Copertura della rete fissa', 'Tabella 3: Stato di attuazione', 'Figura 2: Stato di attuazione', '82,9', 'Il contesto']) expect(text).toContain(s);
    // The same report gives the same bytes.
    const again = await bytes(analyst.agent.get(`/api/reports/${id}/export.pdf`)).expect(200);
    expect((again.body as Buffer).equals(pdf)).toBe(true);
  });

  it('changes a draft with If-Match, freezes it when final, and duplicates it as a new draft', async () => {
    const current = await analyst.agent.get(`/api/reports/${id}`).expect(200);
    await analyst.agent.patch(`/api/reports/${id}`).set(analyst.csrf).send({ title: 'Senza versione' }).expect(428);
    const changed = await analyst.agent.patch(`/api/reports/${id}`).set(analyst.csrf).set('If-Match', current.headers.etag!).send({ lang: 'en' }).expect(200);
    expect(changed.body).toMatchObject({ lang: 'en', version: 2 });
    await analyst.agent.patch(`/api/reports/${id}`).set(analyst.csrf).set('If-Match', current.headers.etag!).send({ lang: 'it' }).expect(409);
    const final = await analyst.agent.post(`/api/reports/${id}/finalise`).set(analyst.csrf).set('If-Match', changed.headers.etag!).expect(200);
    expect(final.body).toMatchObject({ status: 'final', version: 3 });
    expect(final.body.finalisedAt).not.toBeNull();
    const frozen = await analyst.agent.patch(`/api/reports/${id}`).set(analyst.csrf).set('If-Match', final.headers.etag!).send({ title: 'Cambiato' });
    expect(problem(frozen, 409).detail).toMatch(/is final/);
    const copy = await analyst.agent.post(`/api/reports/${id}/duplicate`).set(analyst.csrf).send({ title: 'PSM 2024-2026 – Aggiornamento 2027', referenceDate: TODAY }).expect(201);
    expect(copy.body).toMatchObject({ status: 'draft', version: 1, duplicatedFrom: id, referenceDate: TODAY, lang: 'en' });
    expect(copy.body.sections).toEqual(final.body.sections);
    const list = await analyst.agent.get('/api/reports?plan=psm-2024-2026').expect(200);
    expect(list.body.items.map((r: { id: number; status: string }) => [r.id, r.status])).toEqual([
      [copy.body.id, 'draft'],
      [id, 'final'],
    ]);
    const audit = await t.db('audit_log').where({ resource_type: 'report', resource_id: String(id) }).orderBy('id');
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'update']);
  });
});

describe('report sections: filtered status table and coherence', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    await insertActionFixtures(t.db);
    analyst = await loginAs(t, 'analyst');
  });
  afterAll(() => t.destroy());

  const documentOf = async (sections: object[]) => {
    const created = await analyst.agent.post('/api/reports').set(analyst.csrf).send({ plan: 'psm-2024-2026', title: 'Sezioni', referenceDate: TODAY, sections }).expect(201);
    return (await analyst.agent.get(`/api/reports/${created.body.id}/document`).expect(200)).body as { blocks: { kind: string; caption?: string; rows?: string[][]; header?: string[]; runs?: { text: string }[] }[] };
  };

  it('counts only the actions of a zona omogenea, an office or a funding source, and names the filter', async () => {
    const zone = await t.db('territories').where({ code: 'ITC11-ZO01' }).first('name');
    const doc = await documentOf([{ kind: 'status-table', by: 'axis', zone: 'ITC11-ZO01' }, { kind: 'status-table', by: 'strategy', funding: 'pnrr' }]);
    const [byZone, byFunding] = doc.blocks.filter((b) => b.kind === 'table');
    expect(byZone!.caption).toBe(`Stato di attuazione delle azioni per asse (zona omogenea ${zone.name})`);
    // Actions 1.1.1 (in corso) and 1.1.2 (in ritardo) are in the zone; the other axes have none.
    expect(byZone!.rows![0]!.slice(0, 2)).toEqual(['1. Torino metropoli più produttiva e innovativa', '2']);
    expect(byZone!.rows!.slice(1).every((r) => r[1] === '0')).toBe(true);
    expect(byFunding!.caption).toBe('Stato di attuazione delle azioni per strategia (finanziamento pnrr)');
    expect(byFunding!.rows![0]!.slice(0, 2)).toEqual([expect.stringMatching(/^1\.1 /), '2']);
    const bad = await analyst.agent.post('/api/reports').set(analyst.csrf).send({ plan: 'psm-2024-2026', title: 'X', referenceDate: TODAY, sections: [{ kind: 'status-table', by: 'axis', zone: 'XX', funding: 'lotteria' }] });
    expect(problem(bad, 400).errors).toEqual([{ name: 'sections.0.funding', message: expect.stringMatching(/^must be one of pnrr/) }]);
  });

  it('pins level 2 to the reference date too: the statuses recorded by then, against that semester', async () => {
    const statuses = (await t.api.get('/api/action-statuses').expect(200)).body.items as { code: string; labelIt: string }[];
    const label = (code: string) => statuses.find((x) => x.code === code)!.labelIt;
    const created = await analyst.agent
      .post('/api/reports')
      .set(analyst.csrf)
      .send({ plan: 'psm-2024-2026', title: 'Giugno 2024', referenceDate: '2024-06-30', sections: [{ kind: 'status-table', by: 'axis' }, { kind: 'rollup', livello: 'assi' }] })
      .expect(201);
    const pinned = (await analyst.agent.get(`/api/reports/${created.body.id}/document`).expect(200)).body;
    const table = pinned.blocks.find((b: { kind: string }) => b.kind === 'table');
    // By 30 June 2024: 1.1.1 "avviata" (its September update came later), 1.1.2 "in ritardo", 1.1.3 not yet updated.
    expect(table.header).toEqual(['Asse', 'Azioni', label('avviata'), label('in_ritardo'), label('annullata'), 'Nessun aggiornamento']);
    expect(table.rows[0]).toEqual(['1. Torino metropoli più produttiva e innovativa', '3', '1', '1', '0', '1']);
    expect(table.source).toEqual(["Fonte: monitoraggio dell'attuazione del Piano strategico metropolitano 2024-2026, periodo di riferimento 1º sem. 2024"]);
    const figure = pinned.blocks.find((b: { kind: string }) => b.kind === 'figure');
    expect(figure.src).toContain('&period=2024-S1&asOf=2024-06-30&');
    expect(figure.alt).toContain(`Asse 1. Torino metropoli più produttiva e innovativa: ${label('avviata')} 1, ${label('in_ritardo')} 1, Nessun aggiornamento 1.`);
    expect(figure.source).toContain('Dati aggiornati al 1 aprile 2024');
  });

  it('says when no planning-tool link exists, and tables the objectives with the actions serving them when they do', async () => {
    const none = await documentOf([{ kind: 'coherence' }]);
    expect(none.blocks).toEqual([{ kind: 'paragraph', section: 0, runs: [{ text: 'Nessun collegamento tra le azioni del piano e gli obiettivi degli strumenti di pianificazione è registrato.' }] }]);
    const [tool] = await t.db('planning_tools').insert({ code: 'pums-test', kind: 'pums', name: 'PUMS (prova)' }).returning('id');
    const [objective] = await t.db('planning_objectives').insert({ tool_id: tool.id, code: 'A1', title: 'Obiettivo di prova' }).returning('id');
    const actions = await t.db('actions as a').join('plans as p', 'p.id', 'a.plan_id').where('p.code', 'psm-2024-2026').whereIn('a.code', ['1.1.1', '2.1.1']).select('a.id');
    await t.db('action_objectives').insert(actions.map((a: { id: number }) => ({ action_id: a.id, objective_id: objective.id })));
    const doc = await documentOf([{ kind: 'coherence' }]);
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    expect(table.caption).toBe('Coerenza con gli strumenti di pianificazione');
    expect(table.rows).toEqual([['PUMS (prova)', 'A1 Obiettivo di prova', '1.1.1, 2.1.1']]);
    expect(doc.blocks[0]!.runs![0]!.text).toMatch(/^11 azioni su 13 non sono collegate ad alcun obiettivo; 0 obiettivi su 1 /);
  });
});

describe('a report pinned to its date after a revising import', () => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-revision-'));
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the numbers it quoted and says which were revised, old → new, by which kind of load', async () => {
    // The seed's values as if loaded three days ago; the report quotes the data as of yesterday.
    await t.db.raw(`update observations set recorded_at = recorded_at - interval '3 days'`);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const analyst = await loginAs(t, 'analyst');
    const created = await analyst.agent
      .post('/api/reports')
      .set(analyst.csrf)
      .send({ plan: 'psm-2024-2026', title: 'Aggiornamento', referenceDate: yesterday, sections: [{ kind: 'indicator', indicator: 'BES_12SER020', territories: ['ITC11'], table: true }] })
      .expect(201);
    const file = path.join(dir, 'bes-revisione.csv');
    fs.writeFileSync(file, 'indicatore;territorio;anno;valore;flag\nBES_12SER020;ITC11;2021;61,2;\n');
    expect((await runImport(t.db, file, {}, { mode: 'commit', actor: 'test' })).status).toBe('committed');
    // The indicator now reads 61.2 for 2021 ...
    const now = await t.api.get('/api/observations?indicator=BES_12SER020&territory=ITC11').expect(200);
    expect(now.body.items.find((o: { period: string }) => o.period === '2021').value).toBe(61.2);
    // ... the report still quotes 60.8, and says it was revised.
    const doc = await analyst.agent.get(`/api/reports/${created.body.id}/document`).expect(200);
    const table = doc.body.blocks.find((b: { kind: string }) => b.kind === 'table');
    expect(table.rows).toContainEqual(['2021', '60,8']);
    expect(doc.body.revisions).toEqual([
      expect.objectContaining({ section: 0, figure: 1, indicator: 'BES_12SER020', territory: 'ITC11', period: '2021', quoted: 60.8, current: 61.2, unit: '%', format: 'tidy-csv' }),
    ]);
  });
});
