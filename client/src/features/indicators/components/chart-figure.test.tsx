import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { progressOf } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { indicatorDetailOf, PIEMONTE, PLANS, pointOf, seriesOf, TORINO } from '../test-fixtures';
import { territoryStyle } from '../utils/territory-style';
import { ChartFigure } from './chart-figure';

/** The text aria-describedby points at. */
const descriptionOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent;

const styleOf = (code: string) => territoryStyle(code === 'ITC11' ? 0 : 1);

// Torino misses 2020 (a gap inside its span); its 2022 value is provisional, Piemonte's 2021 estimated and a break.
const torino = seriesOf(TORINO, [pointOf('2018', 62.1), pointOf('2019', 63), pointOf('2021', 63.5), pointOf('2022', 64.2, { provisional: true })]);
const piemonte = seriesOf(PIEMONTE, [
  pointOf('2018', 64),
  pointOf('2019', 64.5),
  pointOf('2020', 63.9),
  pointOf('2021', 65.2, { estimated: true, breakInSeries: true }),
  pointOf('2022', 66),
]);
const target = { id: 7, territory: { code: 'ITC11', name: TORINO.name }, plan: 'psm-2024-2026', period: '2024', value: 78, description: 'Obiettivo europeo', sourceUrl: 'https://example.org/target', progress: progressOf() };

function renderChart(extra: Parameters<typeof indicatorDetailOf>[0] = {}) {
  fakeApi({ '/api/plans': { body: PLANS } });
  return renderWithProviders(<ChartFigure indicator={indicatorDetailOf(extra)} series={[torino, piemonte]} styleOf={styleOf} focusCode="ITC11" />);
}

describe('ChartFigure', () => {
  // The chart is a lazy chunk: load it once so each test sees it at the first tick.
  beforeAll(async () => {
    await import('./indicator-chart');
  });

  it('is a figure with a title and a text description of what it shows', async () => {
    renderChart();
    const figure = screen.getByRole('figure', { name: 'Tasso di occupazione (20-64 anni)' });
    expect(descriptionOf(figure)).toBe(
      'Valori dal 2018 al 2022 per 2 territori; ultimo valore Città metropolitana di Torino 2022: 64,2%. Dove manca un valore la linea si interrompe.',
    );
    expect(within(figure).getByText('Unità di misura: %')).toBeTruthy();
    await screen.findAllByRole('img', { name: /^Piemonte/ });
  });

  it('draws a point per value and none in the gap, each focusable and labelled with its flags', async () => {
    renderChart();
    const torinoPoints = await screen.findAllByRole('img', { name: /^Città metropolitana di Torino, / });
    expect(torinoPoints.map((p) => p.getAttribute('aria-label'))).toEqual([
      'Città metropolitana di Torino, 2018: 62,1%',
      'Città metropolitana di Torino, 2019: 63,0%',
      'Città metropolitana di Torino, 2021: 63,5%',
      'Città metropolitana di Torino, 2022: 64,2% (provvisorio)',
    ]);
    expect(screen.getByRole('img', { name: 'Piemonte, 2021: 65,2% (stima, interruzione di serie)' })).toBeTruthy();
    // Roving tabindex: one point in the tab order, the latest of the plan territory.
    const tabbable = document.querySelectorAll('[data-point][tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]!.getAttribute('aria-label')).toBe('Città metropolitana di Torino, 2022: 64,2% (provvisorio)');
  });

  it('moves between points with the arrow keys and shows the tooltip of the focused one', async () => {
    renderChart();
    const latest = await screen.findByRole('img', { name: 'Città metropolitana di Torino, 2022: 64,2% (provvisorio)' });
    act(() => latest.focus());
    expect(document.querySelector('.ind-tooltip')?.textContent).toContain('2022');
    fireEvent.keyDown(latest, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Città metropolitana di Torino, 2021: 63,5%');
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Piemonte, 2021: 65,2% (stima, interruzione di serie)');
    expect(document.querySelector('.ind-tooltip')?.textContent).toContain('Piemonte65,2% (stima, interruzione di serie)');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Piemonte, 2018: 64,0%');
    expect(document.querySelectorAll('[data-point][tabindex="0"]')).toHaveLength(1);
  });

  it('explains the flag marks in words and draws the break as a line', async () => {
    renderChart();
    await screen.findAllByRole('img', { name: /^Piemonte/ });
    expect(screen.getByText('marcatore vuoto: valore provvisorio')).toBeTruthy();
    expect(screen.getByText('marcatore con anello: valore stimato')).toBeTruthy();
    expect(screen.getByText(/linea verticale tratteggiata.*interruzione di serie/)).toBeTruthy();
    expect(document.querySelector('.recharts-reference-line')).not.toBeNull();
  });

  it('draws each target with its label and lists it with its source', async () => {
    renderChart({ targets: [target] });
    await screen.findAllByRole('img', { name: /^Piemonte/ });
    expect(screen.getByText('Obiettivo 2024: 78,0%')).toBeTruthy();
    const list = screen.getByRole('region', { name: 'Obiettivi' });
    expect(within(list).getByText('Città metropolitana di Torino, 2024: 78,0%')).toBeTruthy();
    expect(await within(list).findByText(/fissato dal PSM 2024-2026/)).toBeTruthy();
    expect(within(list).getByRole('link', { name: /Fonte dell’obiettivo: example.org/ }).getAttribute('href')).toBe('https://example.org/target');
    expect(within(list).getByText('Progressi moderati')).toBeTruthy();
    expect(within(list).getByText(/Dal 2019 al 2023 \+2% l’anno; per arrivare a 60,0% nel 2026 serve \+2,6% l’anno\./)).toBeTruthy();
    expect(within(list).getByRole('link', { name: 'come si calcola' }).getAttribute('href')).toBe('/metodo/progressi');
  });

  it('says so when there is no target', async () => {
    renderChart();
    await screen.findAllByRole('img', { name: /^Piemonte/ });
    expect(screen.getByText('Nessun obiettivo quantitativo registrato per questo indicatore.')).toBeTruthy();
  });

  it('offers the chart as SVG and PNG for the view shown, in the page language', async () => {
    fakeApi({ '/api/plans': { body: PLANS } });
    renderWithProviders(<ChartFigure indicator={indicatorDetailOf()} series={[torino, piemonte]} styleOf={styleOf} focusCode="ITC11" plan="psm-2024-2026" />);
    const group = screen.getByRole('group', { name: 'Scarica il grafico come immagine' });
    const links = within(group).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['SVG (vettoriale)', `/api/figures/indicators/${indicatorDetailOf().code}.svg?territori=ITC11,ITC1&piano=psm-2024-2026&lang=it`],
      ['PNG', `/api/figures/indicators/${indicatorDetailOf().code}.png?territori=ITC11,ITC1&piano=psm-2024-2026&lang=it`],
      ['PNG ad alta risoluzione (2×)', `/api/figures/indicators/${indicatorDetailOf().code}.png?territori=ITC11,ITC1&piano=psm-2024-2026&lang=it&scale=2`],
    ]);
    for (const a of links) expect(a.hasAttribute('download')).toBe(true);
    await i18n.changeLanguage('en');
    expect(within(screen.getByRole('group', { name: 'Download the chart as an image' })).getAllByRole('link')[0]!.getAttribute('href')).toMatch(/&lang=en$/);
  });

  it('reads numbers and periods in English (en-GB)', async () => {
    await i18n.changeLanguage('en');
    renderChart();
    expect(await screen.findByRole('img', { name: 'Città metropolitana di Torino, 2022: 64.2% (provisional)' })).toBeTruthy();
    expect(descriptionOf(screen.getByRole('figure', { name: 'Employment rate (20-64)' }))).toBe(
      'Values from 2018 to 2022 for 2 territories; latest value Città metropolitana di Torino 2022: 64.2%. Where a value is missing the line breaks off.',
    );
  });
});
