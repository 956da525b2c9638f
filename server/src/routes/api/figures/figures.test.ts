import { SaxesParser } from 'saxes';
import type request from 'supertest';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** The SVG read with a real XML parser: every element's name and text, in document order. */
function readSvg(svg: string): { root: string; attrs: Record<string, string>; texts: string[]; title: string; desc: string } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  const texts: string[] = [];
  let root = '';
  let attrs: Record<string, string> = {};
  let title = '';
  let desc = '';
  let current = '';
  parser.on('opentag', (tag) => {
    if (!root) {
      root = tag.local;
      attrs = Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, typeof a === 'string' ? a : a.value]));
    }
    stack.push(tag.local);
    if (tag.local === 'text') current = '';
  });
  parser.on('text', (t) => {
    const top = stack.at(-1);
    if (top === 'title') title += t;
    else if (top === 'desc') desc += t;
    else if (top === 'text' || top === 'tspan') current += t;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.local === 'text') texts.push(current);
  });
  parser.write(svg).close();
  return { root, attrs, texts, title, desc };
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('figures API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  const get = (url: string) => t.api.get(url).buffer(true).parse(binary);

  it('draws the indicator chart as SVG with its title, source lines and every value in its text alternative', async () => {
    const res = await get('/api/figures/indicators/BES_12SER020.svg?territori=ITC11,ITC1').expect(200);
    expect(res.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('inline; filename="BES_12SER020_it.svg"');
    const svg = readSvg((res.body as Buffer).toString('utf8'));
    expect(svg.root).toBe('svg');
    expect(svg.attrs.lang).toBe('it');
    expect(svg.title).toBe('Copertura della rete fissa di accesso ultra veloce a internet');
    expect(svg.texts).toContain('Copertura della rete fissa di accesso ultra veloce a internet');
    expect(svg.texts).toContain('Città metropolitana di Torino, Piemonte · % · 2020–2024');
    expect(svg.texts).toContain('Fonte: Istat, BES dei Territori (DF_BES_TERRIT_0T); elaborazione Città metropolitana di Torino');
    expect(svg.texts.find((x) => x.startsWith('Dati aggiornati al '))).toMatch(/^Dati aggiornati al \d{1,2} \w+ \d{4} · Licenza: CC BY 4\.0 \(Istat\)$/);
    // Every value drawn, as the API gives it, is in the text alternative in Italian numbers.
    const obs = await t.api.get('/api/observations?indicator=BES_12SER020&territory=ITC11,ITC1').expect(200);
    expect(obs.body.items.length).toBe(9);
    for (const o of obs.body.items as { territoryName: string; period: string; value: number }[]) {
      expect(svg.desc).toContain(`${o.period} ${o.value.toLocaleString('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`);
    }
    expect(svg.desc).toContain('Città metropolitana di Torino: 2020 56,0%; 2021 60,8%; 2022 68,7%; 2024 82,9%.');
    // The legend says the territories in words.
    expect(svg.texts).toEqual(expect.arrayContaining(['Territori', 'Città metropolitana di Torino', 'Piemonte']));
  });

  it('words the figure in English with en-GB numbers', async () => {
    const res = await get('/api/figures/indicators/EUROSTAT_GDP_EUR_HAB.svg?territori=ITC11&lang=en').expect(200);
    const svg = readSvg((res.body as Buffer).toString('utf8'));
    expect(svg.attrs.lang).toBe('en');
    expect(svg.texts.find((x) => x.startsWith('Source: '))).toBeDefined();
    expect(svg.texts.find((x) => x.startsWith('Data updated to '))).toMatch(/Licence: /);
    // Thousands with a comma, as en-GB writes them.
    expect(svg.desc).toMatch(/\d,\d{3} euro per abitante/);
    expect(svg.desc).not.toMatch(/\d\.\d{3} euro/);
  });

  it('draws the page’s default view without territories, and the same request gives the same bytes', async () => {
    const a = await get('/api/figures/indicators/BES_03LAV001-N22.svg').expect(200);
    const b = await get('/api/figures/indicators/BES_03LAV001-N22.svg?width=800&lang=it').expect(200);
    expect((a.body as Buffer).equals(b.body as Buffer)).toBe(true);
    expect(readSvg((a.body as Buffer).toString('utf8')).texts[1]).toMatch(/^Città metropolitana di Torino, Piemonte/);
  });

  it('renders PNG at 1× and 2× with the SVG’s size', async () => {
    const svg = readSvg(((await get('/api/figures/indicators/BES_10AMB001P.svg?width=640').expect(200)).body as Buffer).toString('utf8'));
    const one = await get('/api/figures/indicators/BES_10AMB001P.png?width=640').expect(200);
    expect(one.headers['content-type']).toBe('image/png');
    expect(one.headers['content-disposition']).toBe('inline; filename="BES_10AMB001P_it.png"');
    expect(pngSize(one.body as Buffer)).toEqual({ width: 640, height: Number(svg.attrs.height) });
    const two = await get('/api/figures/indicators/BES_10AMB001P.png?width=640&scale=2').expect(200);
    expect(two.headers['content-disposition']).toBe('inline; filename="BES_10AMB001P_it_2x.png"');
    expect(pngSize(two.body as Buffer)).toEqual({ width: 1280, height: 2 * Number(svg.attrs.height) });
    const again = await get('/api/figures/indicators/BES_10AMB001P.png?width=640&scale=2').expect(200);
    expect((again.body as Buffer).equals(two.body as Buffer)).toBe(true);
  });

  it('pins the values to asOf: before any import the figure says there is nothing to draw', async () => {
    const res = await get('/api/figures/indicators/BES_12SER020.svg?asOf=2001-01-01').expect(200);
    const svg = readSvg((res.body as Buffer).toString('utf8'));
    expect(svg.texts).toContain('Nessun valore per i territori selezionati.');
    expect(svg.texts.some((x) => x.startsWith('Dati aggiornati'))).toBe(false);
  });

  it('answers 400 naming the parameter, 404 for an unknown indicator or plan', async () => {
    expect(problem(await t.api.get('/api/figures/indicators/BES_12SER020.gif'), 400)).toMatchObject({ errors: [{ name: 'format' }] });
    expect(problem(await t.api.get('/api/figures/indicators/BES_12SER020.svg?width=10'), 400)).toMatchObject({ errors: [{ name: 'width', message: 'must be at least 320' }] });
    expect(problem(await t.api.get('/api/figures/indicators/BES_12SER020.png?scale=3'), 400)).toMatchObject({ errors: [{ name: 'scale' }] });
    expect(problem(await t.api.get('/api/figures/indicators/BES_12SER020.svg?lang=fr'), 400)).toMatchObject({ errors: [{ name: 'lang' }] });
    expect(problem(await t.api.get('/api/figures/indicators/BES_12SER020.svg?colour=red'), 400)).toMatchObject({ errors: [{ name: 'colour' }] });
    const territory = problem(await t.api.get('/api/figures/indicators/BES_12SER020.svg?territori=ITC11,XX9'), 400);
    expect(territory.errors![0]!).toMatchObject({ name: 'territori' });
    expect(territory.errors![0]!.message).toMatch(/^XX9: no values of BES_12SER020/);
    expect(problem(await t.api.get('/api/figures/indicators/BES_12SER020.svg?asOf=2024-02-30'), 400)).toMatchObject({ errors: [{ name: 'asOf' }] });
    await t.api.get('/api/figures/indicators/NOPE.svg').expect(404);
    await t.api.get('/api/figures/indicators/BES_12SER020.svg?piano=psm-1999-2000').expect(404);
  });

  describe('implementation roll-up', () => {
    beforeAll(async () => {
      await insertActionFixtures(t.db);
    });

    it('draws a status bar per axis with the counts in words, the legend and the date of the latest update', async () => {
      const statuses = (await t.api.get('/api/action-statuses').expect(200)).body.items as { code: string; labelIt: string; labelEn: string }[];
      const label = (code: string) => statuses.find((s) => s.code === code)!.labelIt;
      const res = await get('/api/plans/psm-2024-2026/figures/rollup.svg?period=2024-S2').expect(200);
      expect(res.headers['content-disposition']).toBe('inline; filename="psm-2024-2026_attuazione_assi_it.svg"');
      const svg = readSvg((res.body as Buffer).toString('utf8'));
      expect(svg.title).toBe('Stato di attuazione delle azioni per asse');
      expect(svg.texts).toContain('Piano strategico metropolitano 2024-2026 · periodo di riferimento: 2º sem. 2024');
      // Statuses in the vocabulary's order, as the page's bars.
      expect(svg.desc).toContain(`Asse 1. Torino metropoli più produttiva e innovativa: ${label('in_corso')} 1, ${label('in_ritardo')} 1, ${label('completata')} 1.`);
      expect(svg.desc).toContain('Asse 3. Torino metropoli più mobile, accessibile e collegata: Nessun aggiornamento 2.');
      for (const code of ['in_corso', 'in_ritardo', 'completata', 'annullata', 'sospesa']) expect(svg.texts).toContain(label(code));
      expect(svg.texts).toContain('Dati aggiornati al 1 ottobre 2024');
      expect(svg.texts.some((x) => x.startsWith("Fonte: monitoraggio dell'attuazione del Piano strategico metropolitano 2024-2026"))).toBe(true);
    });

    it('draws one axis’s strategies, one strategy, in English, and as PNG', async () => {
      const strategies = readSvg(((await get('/api/plans/psm-2024-2026/figures/rollup.svg?livello=strategie&asse=1&lang=en').expect(200)).body as Buffer).toString('utf8'));
      expect(strategies.title).toBe('Implementation status of the actions by strategy');
      expect(strategies.desc).toMatch(/^Implementation status of the actions by strategy\. 1\.1 [^.]+: /);
      expect(strategies.desc).not.toContain('2.1 ');
      const one = readSvg(((await get('/api/plans/psm-2024-2026/figures/rollup.svg?strategia=2.1').expect(200)).body as Buffer).toString('utf8'));
      expect(one.texts[1]).toMatch(/^Piano strategico metropolitano 2024-2026 · 2\.1 /);
      const png = await get('/api/plans/psm-2024-2026/figures/rollup.png?scale=2&width=400').expect(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(pngSize(png.body as Buffer).width).toBe(800);
    });

    it('answers 400 for an unknown axis or level, 404 for an unknown plan', async () => {
      expect(problem(await t.api.get('/api/plans/psm-2024-2026/figures/rollup.svg?asse=9'), 400)).toMatchObject({ errors: [{ name: 'asse', message: '9 is not an axis of psm-2024-2026 (axes: 1, 2, 3, 4, 5, 6)' }] });
      expect(problem(await t.api.get('/api/plans/psm-2024-2026/figures/rollup.svg?livello=comuni'), 400)).toMatchObject({ errors: [{ name: 'livello' }] });
      expect(problem(await t.api.get('/api/plans/psm-2024-2026/figures/rollup.svg?strategia=9.9'), 400)).toMatchObject({ errors: [{ name: 'strategia' }] });
      await t.api.get('/api/plans/psm-1999-2000/figures/rollup.svg').expect(404);
    });
  });
});
