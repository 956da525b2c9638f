import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DashboardIndicator } from '@psm/server/contract';
import { i18n } from '../../../i18n/i18n';
import { indicatorOf, point, progressOf, seriesOf } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { IndicatorCard } from './indicator-card';

const TORINO = 'Città metropolitana di Torino';
const torino = seriesOf(
  'ITC11',
  TORINO,
  [point('2019', 1300), point('2021', 1250.25), point('2022', 1260, { breakInSeries: true }), point('2023', 1234.5, { provisional: true })],
  { direction: 'improving', changeFromPrevious: { from: '2022', absolute: -25.5, percent: -2.02 } },
);
const piemonte = seriesOf('ITC1', 'Piemonte', [point('2021', 900), point('2023', 880)]);
const italia = seriesOf('IT', 'Italia', []);

function renderCard(extra: Partial<DashboardIndicator> = {}) {
  const indicator = indicatorOf({ series: [torino, piemonte, italia], ...extra });
  renderWithProviders(<IndicatorCard indicator={indicator} plan="psm-2024-2026" focusCode="ITC11" focusName={TORINO} />);
  return screen.getByRole('article');
}

describe('IndicatorCard', () => {
  it('links the name to the indicator page in the plan context', () => {
    const card = renderCard();
    const link = within(card).getByRole('link', { name: 'Concentrazione media annua di PM10' });
    expect(link.getAttribute('href')).toBe('/indicatori/TEST_PM10?piano=psm-2024-2026');
  });

  it('shows the latest value of the plan territory formatted it-IT, with its period and flag in words', () => {
    const card = renderCard();
    expect(within(card).getByText('1.234,5 µg/m³')).toBeTruthy();
    expect(within(card).getByText('2023')).toBeTruthy();
    expect(within(card).getByText('(dato provvisorio)')).toBeTruthy();
    expect(within(card).getByText('interruzione della serie nel 2022')).toBeTruthy();
  });

  it('says in words whether the change is good news by polarity, with the signed change and the way it moved', () => {
    const card = renderCard();
    const change = within(card).getByText('migliora').closest('p')!;
    expect(change.textContent).toBe('▼ migliora -25,5 µg/m³ (-2%) rispetto al 2022');
    expect(change.className).toContain('psm-change--improving');
    expect(change.querySelector('[aria-hidden="true"]')!.textContent).toBe('▼');
  });

  it('says "peggiora" when a higher-is-better indicator falls', () => {
    const falling = { ...torino, direction: 'worsening' as const };
    const card = renderCard({ polarity: 'higher_better', series: [falling] });
    expect(within(card).getByText('peggiora').closest('p')!.className).toContain('psm-change--worsening');
  });

  it('draws a sparkline hidden from assistive technology, with its values written out', () => {
    const card = renderCard();
    const svg = card.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    // The break in series splits the line in two.
    expect(svg.querySelectorAll('polyline')).toHaveLength(2);
    expect(within(card).getByText('2019: 1.300,0 µg/m³ → 2023: 1.234,5 µg/m³')).toBeTruthy();
    expect(
      within(card).getByText('Andamento dal 2019 al 2023: da 1.300,0 µg/m³ a 1.234,5 µg/m³; minimo 1.234,5 µg/m³ (2023), massimo 1.300,0 µg/m³ (2019).'),
    ).toBeTruthy();
  });

  const comparisonItems = (card: HTMLElement) =>
    within(within(card).getByText(/^(Confronto|Comparison)$/).nextElementSibling as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);

  it('states each territory with its own period, and "nessun dato" for a promised territory without values', () => {
    expect(comparisonItems(renderCard())).toEqual([`${TORINO} 2023: 1.234,5 µg/m³ · Piemonte 2023: 880,0 µg/m³ (stesso periodo)`, 'Italia: nessun dato']);
  });

  it('compares on the latest common period when the latest periods differ, in Italian and English', async () => {
    const older = seriesOf('ITC1', 'Piemonte', [point('2021', 900), point('2022', 910)]);
    const card = renderCard({ series: [torino, older, italia] });
    expect(comparisonItems(card)[0]).toBe(`${TORINO} 2023: 1.234,5 µg/m³ · Piemonte 2022: 910,0 µg/m³ — sul periodo comune 2022: ${TORINO} 2022: 1.260,0 µg/m³ · Piemonte 2022: 910,0 µg/m³`);
    document.body.innerHTML = '';
    await i18n.changeLanguage('en');
    const en = renderCard({ series: [torino, older, italia] });
    expect(comparisonItems(en)).toEqual([
      `${TORINO} 2023: 1,234.5 µg/m³ · Piemonte 2022: 910.0 µg/m³ — on the common period 2022: ${TORINO} 2022: 1,260.0 µg/m³ · Piemonte 2022: 910.0 µg/m³`,
      'Italia: no data',
    ]);
    await i18n.changeLanguage('it');
  });

  it('says why no change is computed across a break in series, in Italian and English', async () => {
    const broken = seriesOf('ITC11', TORINO, [point('2020', 10), point('2021', 12, { breakInSeries: true })], { change: { notComputed: 'break', period: '2021' } });
    expect(within(renderCard({ series: [broken] })).getByText('Serie interrotta nel 2021: variazione non calcolata.')).toBeTruthy();
    document.body.innerHTML = '';
    await i18n.changeLanguage('en');
    expect(within(renderCard({ series: [broken] })).getByText('Break in series in 2021: change not computed.')).toBeTruthy();
    await i18n.changeLanguage('it');
  });

  it('explains a latest change that disagrees with the progress status, in Italian and English', async () => {
    const disagreement = { lastChange: 'improving' as const, status: 'moving_away' as const, since: 2015 };
    expect(within(renderCard({ disagreement })).getByText("Ultimo anno in miglioramento, ma dal 2015 in allontanamento dall'obiettivo.")).toBeTruthy();
    document.body.innerHTML = '';
    expect(within(renderCard({ disagreement: { lastChange: 'worsening', status: 'on_track', since: 2018 }, frequency: 'quarterly' })).getByText("Ultima variazione in peggioramento, ma dal 2018 in linea con l'obiettivo.")).toBeTruthy();
    document.body.innerHTML = '';
    await i18n.changeLanguage('en');
    expect(within(renderCard({ disagreement })).getByText('Last year improving, but since 2015 moving away from the target.')).toBeTruthy();
    await i18n.changeLanguage('it');
  });

  it('says "non disponibile" when the plan territory has no data', () => {
    const card = renderCard({ series: [seriesOf('ITC11', TORINO, [])] });
    expect(within(card).getByText(`Valore non disponibile per ${TORINO}.`)).toBeTruthy();
    expect(card.querySelector('svg')).toBeNull();
  });

  it('marks a demonstration link with the badge and its rationale', () => {
    const card = renderCard({ demonstration: true, rationale: 'Collegamento dimostrativo: scelto da noi come esempio, non tratto dal piano.' });
    expect(within(card).getByText('Collegamento dimostrativo')).toBeTruthy();
    expect(within(card).getByText('Scelto da noi come esempio, non tratto dal piano.')).toBeTruthy();
  });

  it('has no demonstration badge when the link comes from the plan', () => {
    const card = renderCard({ demonstration: false });
    expect(within(card).queryByText('Collegamento dimostrativo')).toBeNull();
  });

  it('names the source with a link and the licence, and how to read it', () => {
    const card = renderCard();
    const source = within(card).getByText(/^Fonte:/);
    expect(source.textContent).toBe('Fonte: Istat – BES dei Territori · Licenza: CC BY 4.0 (Istat)Ultimo aggiornamento: data di rilascio della fonte non indicata; non ancora caricati');
    document.body.innerHTML = '';
    const dated = within(renderCard({ releaseDate: '2025-12-18', loadedAt: '2026-01-10T09:00:00.000Z' })).getByText(/^Fonte:/);
    expect(dated.textContent).toMatch(/Ultimo aggiornamento: dati della fonte del 18 dicembre 2025; caricati da noi il 10 gennaio 2026$/);
    expect(within(source).getByRole('link').getAttribute('href')).toBe('https://example.org/bes');
    expect(within(card).getByText('Lettura: valori più bassi sono migliori')).toBeTruthy();
  });

  it('reads in English: en-GB numbers, the English name, words and demonstration text', async () => {
    await i18n.changeLanguage('en');
    const card = renderCard({ nameEn: 'Annual mean PM10 concentration', demonstration: true, rationale: 'Collegamento dimostrativo: scelto da noi.' });
    expect(within(card).getByRole('link', { name: 'Annual mean PM10 concentration' })).toBeTruthy();
    expect(within(card).getByText('1,234.5 µg/m³')).toBeTruthy();
    expect(within(card).getByText('improving').closest('p')!.textContent).toBe('▼ improving -25.5 µg/m³ (-2%) compared with 2022');
    expect(within(card).getByText('(provisional value)')).toBeTruthy();
    expect(within(card).getByText('Demonstration link')).toBeTruthy();
    expect(within(card).getByText(/^The link between this indicator and the strategy is our own proposal/)).toBeTruthy();
    expect(within(card).getAllByRole('listitem').map((li) => li.textContent)).toContain('Italia: no data');
  });

  it("shows the plan's target with its progress in words and one sentence, and nothing without a target", () => {
    const target = {
      id: 1,
      territory: { code: 'ITC11', name: TORINO },
      plan: 'psm-2024-2026',
      period: '2026',
      value: 1000,
      description: null,
      sourceUrl: 'https://example.org/t',
      progress: progressOf({ status: 'insufficient', baseYear: 2022, baseValue: 1260, latestValue: 1234.5, actualRate: -0.020238, requiredRate: -0.056107, targetValue: 1000 }),
    };
    const card = renderCard({ target });
    expect(within(card).getByText('Traguardo del piano al 2026: 1.000,0 µg/m³')).toBeTruthy();
    expect(within(card).getByText('Progressi insufficienti')).toBeTruthy();
    expect(within(card).getByText('Dal 2022 al 2023 -2% l’anno; per arrivare a 1.000,0 µg/m³ nel 2026 serve -5,6% l’anno.')).toBeTruthy();
    document.body.innerHTML = '';
    expect(within(renderCard()).queryByText(/Traguardo/)).toBeNull();
  });
});
