import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IndicatorPage } from '../../../app/routes/indicator-page';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { indicatorDetailOf, ITALIA, observationOf, PIEMONTE, PLANS, pointOf, TORINO } from '../test-fixtures';

const CODE = 'BES_03LAV001';
const OBS = (territories: string) => `/api/observations?indicator=${CODE}&territory=${territories}`;

const values = {
  ITC11: [pointOf('2018', 62.1), pointOf('2019', 63), pointOf('2021', 63.5), pointOf('2022', 64.2, { provisional: true })],
  ITC1: [pointOf('2018', 64), pointOf('2019', 64.5), pointOf('2020', 63.9), pointOf('2021', 65.2, { estimated: true }), pointOf('2022', 66)],
  IT: [pointOf('2018', 1234.5), pointOf('2022', 1240)],
};
const territories = { ITC11: TORINO, ITC1: PIEMONTE, IT: ITALIA };
const observations = (codes: (keyof typeof values)[]) => ({
  body: { items: codes.flatMap((c) => values[c].map((p) => observationOf(CODE, territories[c], p))), total: 0, indicators: [CODE] },
});

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{`${location.pathname}${location.search}`}</div>;
}

function renderPage(query = '', extra: Record<string, { status?: number; body: unknown }> = {}) {
  const calls = fakeApi({
    [`/api/indicators/${CODE}`]: { body: indicatorDetailOf() },
    '/api/plans': { body: PLANS },
    [OBS('ITC11,ITC1,IT')]: observations(['ITC11', 'ITC1', 'IT']),
    [OBS('ITC11,ITC1')]: observations(['ITC11', 'ITC1']),
    ...extra,
  });
  renderWithProviders(
    <>
      <IndicatorPage />
      <LocationProbe />
    </>,
    { route: `/indicatori/${CODE}${query}`, path: '/indicatori/:code' },
  );
  return calls;
}

const location = () => screen.getByTestId('location').textContent;
const csvLink = () => within(screen.getByRole('region', { name: 'Scarica i dati' })).getByRole('link', { name: 'CSV' });
const DOWNLOAD = (territories: string) => `/api/indicators/${CODE}/download?format=csv&scope=shown&territory=${territories}`;

describe('IndicatorPage', () => {
  beforeAll(async () => {
    await import('./indicator-chart');
  });

  it('shows the name, the latest values and the breadcrumb through the catalogue', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tasso di occupazione (20-64 anni)' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(within(crumbs).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Home/', 'Indicatori/', 'Tasso di occupazione (20-64 anni)']);
    const latest = await screen.findByRole('region', { name: 'Ultimi valori' });
    const torino = within(latest).getByText(TORINO.name).closest('li')!;
    expect(torino.textContent).toContain('64,2% (provvisorio)');
    expect(torino.textContent).toContain('+0,7 punti percentuali rispetto al 2021');
    expect(torino.textContent).toContain('in miglioramento');
  });

  it('offers the territories with data, all three by default, and downloads exactly those', async () => {
    renderPage();
    const chips = await screen.findByRole('group', { name: 'Territori a confronto' });
    expect(within(chips).getAllByRole('checkbox').map((c) => [c.parentElement!.textContent, (c as HTMLInputElement).checked])).toEqual([
      [TORINO.name, true],
      ['Piemonte', true],
      ['Italia', true],
    ]);
    expect(csvLink().getAttribute('href')).toBe(DOWNLOAD('ITC11,ITC1,IT'));
  });

  it('switching a territory off updates the URL, the request and the download links', async () => {
    const calls = renderPage();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Italia' }));
    await waitFor(() => expect(location()).toBe(`/indicatori/${CODE}?territori=ITC11%2CITC1`));
    expect(calls.map((c) => c.url)).toContain(OBS('ITC11,ITC1'));
    expect(csvLink().getAttribute('href')).toBe(DOWNLOAD('ITC11,ITC1'));
    expect(screen.getByText(/^Territori: Città metropolitana di Torino, Piemonte\./)).toBeTruthy();
  });

  it('ticks a territory at once and says it is loading, not missing, until its values arrive', async () => {
    renderPage('?territori=ITC11%2CITC1');
    const fake = globalThis.fetch;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === OBS('ITC11,ITC1,IT')) await held;
      return fake(input, init);
    });
    const italia = (await screen.findByRole('checkbox', { name: 'Italia' })) as HTMLInputElement;
    await screen.findByText('Ultimi valori');
    fireEvent.click(italia);
    expect(italia.checked).toBe(true);
    const item = async () => (await screen.findAllByText('Italia')).map((n) => n.closest('li')).find((li) => li?.className.includes('ind-summary__item'));
    await waitFor(async () => expect((await item())?.textContent).toContain('Caricamento in corso'));
    expect((await item())?.textContent).not.toContain('Nessun valore');
    release();
    await waitFor(async () => expect((await item())?.textContent).toContain('1.240'));
  });

  it('reopens the selection from the URL and keeps the last territory on', async () => {
    renderPage('?territori=ITC1', { [OBS('ITC1')]: observations(['ITC1']) });
    const piemonte = await screen.findByRole('checkbox', { name: 'Piemonte' });
    expect((piemonte as HTMLInputElement).checked).toBe(true);
    expect((piemonte as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Italia' }) as HTMLInputElement).checked).toBe(false);
    expect(csvLink().getAttribute('href')).toBe(DOWNLOAD('ITC1'));
  });

  it('puts the indicator under its strategy in a plan context', async () => {
    renderPage('?piano=psm-2024-2026');
    const crumbs = await screen.findByRole('navigation', { name: 'Percorso di navigazione' });
    await waitFor(() =>
      expect(within(crumbs).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        'Home/',
        'Piano strategico metropolitano 2024-2026/',
        'Strategia 5.1/',
        'Tasso di occupazione (20-64 anni)',
      ]),
    );
    expect(within(crumbs).getByRole('link', { name: 'Strategia 5.1' }).getAttribute('href')).toBe('/piani/psm-2024-2026/strategie/5.1');
  });

  it('has ARIA tabs kept in the URL, moved with the arrow keys', async () => {
    renderPage();
    const chartTab = await screen.findByRole('tab', { name: 'Grafico' });
    expect(chartTab.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(chartTab, { key: 'ArrowRight' });
    const tableTab = screen.getByRole('tab', { name: 'Tabella' });
    expect(tableTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tableTab);
    expect(location()).toBe(`/indicatori/${CODE}?tab=tabella`);
    expect(screen.getByRole('tabpanel', { name: 'Tabella' })).toBeTruthy();
    fireEvent.keyDown(tableTab, { key: 'End' });
    expect(location()).toBe(`/indicatori/${CODE}?tab=fonti`);
  });

  it('tabulates periods by territory with flags as letters and missing values as dashes', async () => {
    renderPage('?tab=tabella');
    const table = await screen.findByRole('table', { name: 'Tasso di occupazione (20-64 anni): valori per periodo e territorio (%)' });
    const rows = within(table).getAllByRole('row').map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows[0]).toEqual(['Periodo', TORINO.name, 'Piemonte', 'Italia']);
    expect(rows[3]).toEqual(['2020', '–dato non disponibile', '63,9', '–dato non disponibile']);
    expect(rows[4]).toEqual(['2021', '63,5', '65,2 (e) (stima)', '–dato non disponibile']);
    expect(rows[5]).toEqual(['2022', '64,2 (p) (provvisorio)', '66,0', '1.240,0']);
    expect(screen.getByText('Legenda: p = provvisorio, e = stima, b = interruzione di serie; – = dato non disponibile.')).toBeTruthy();
  });

  it('lists sources and metadata, the last update and the linked strategies with the demonstration badge', async () => {
    renderPage('?tab=fonti');
    const panel = await screen.findByRole('tabpanel', { name: 'Fonti e metadati' });
    const term = (name: string) => within(panel).getByText(name, { selector: 'dt' }).nextElementSibling!.textContent;
    expect(term('Definizione')).toBe('Occupati di 20-64 anni sulla popolazione di 20-64 anni.');
    expect(term('Lettura')).toBe('un valore più alto è migliore');
    expect(term('Ente produttore')).toBe('Istat');
    expect(term('Licenza')).toBe('CC BY 4.0');
    expect(term('Frequenza')).toBe('annuale');
    // The source's release and our load: never a file name.
    expect(term('Ultimo aggiornamento')).toBe('dati della fonte del 18 dicembre 2024; caricati da noi il 10 febbraio 2025');
    expect(term('Prossimo aggiornamento')).toBe('non indicato');
    expect(panel.textContent).not.toMatch(/\.csv/);
    expect(within(panel).getByRole('link', { name: 'https://www.istat.it/bes-dei-territori' })).toBeTruthy();
    expect(within(panel).getByText('1 marzo 2024 (istat-csv): 10 valori')).toBeTruthy();
    const strategy = await within(panel).findByRole('link', { name: /PSM 2024-2026 · Strategia 5.1/ });
    expect(strategy.getAttribute('href')).toBe('/piani/psm-2024-2026/strategie/5.1');
    expect(within(panel).getAllByText('Collegamento dimostrativo')).toHaveLength(2);
    expect(within(panel).getByText(/è una nostra proposta a scopo dimostrativo/)).toBeTruthy();
  });

  it('shows the next update as a month', async () => {
    renderPage('?tab=fonti', { [`/api/indicators/${CODE}`]: { body: indicatorDetailOf({ nextRelease: '2027-03-01' }) } });
    const panel = await screen.findByRole('tabpanel', { name: 'Fonti e metadati' });
    expect(within(panel).getByText('Prossimo aggiornamento', { selector: 'dt' }).nextElementSibling!.textContent).toBe('marzo 2027');
  });

  it('reads in English with en-GB numbers', async () => {
    await i18n.changeLanguage('en');
    renderPage('?tab=tabella');
    expect(await screen.findByRole('heading', { level: 1, name: 'Employment rate (20-64)' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Employment rate (20-64): values by period and territory (%)' });
    expect(within(table).getByText('1,240.0')).toBeTruthy();
    const latest = screen.getByRole('region', { name: 'Latest values' });
    expect(latest.textContent).toContain('+0.7 percentage points from 2021');
    expect(screen.getByRole('tab', { name: 'Sources and metadata' })).toBeTruthy();
  });

  it('says when the indicator does not exist', async () => {
    fakeApi({ '/api/plans': { body: PLANS } });
    renderWithProviders(<IndicatorPage />, { route: '/indicatori/NOPE', path: '/indicatori/:code' });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Dati non trovati')).toBeTruthy();
  });
});
