import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicatorOf, point, seriesOf } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { territoryStyle } from '../utils/territory-style';
import { IndicatorCard } from './indicator-card';

const styleOf = (code: string) => territoryStyle(['ITC11', 'ITC1'].indexOf(code));

const torino = seriesOf(
  'ITC11',
  'Città metropolitana di Torino',
  [point('2021', 1300), point('2022', 1250.25), point('2023', 1234.5, { provisional: true })],
  { direction: 'improving', changeFromPrevious: { from: '2022', absolute: -15.75, percent: -1.26 } },
);
const piemonte = seriesOf('ITC1', 'Piemonte', [point('2019', 910), point('2021', 900), point('2023', 880)]);

function renderCard(extra: Parameters<typeof indicatorOf>[0] = {}) {
  const indicator = indicatorOf({ series: [torino, piemonte], ...extra });
  renderWithProviders(<IndicatorCard indicator={indicator} focusCode="ITC11" styleOf={styleOf} />);
  return screen.getByRole('article', { name: indicator.name });
}

describe('IndicatorCard', () => {
  it('shows the latest value of the plan territory formatted it-IT, with its period and flag', () => {
    const card = renderCard();
    expect(within(card).getByText('1.234,5 µg/m³')).toBeTruthy();
    expect(within(card).getByText('2023 (p)')).toBeTruthy();
  });

  it('says in words whether the change is good news, with the signed change', () => {
    const card = renderCard();
    const change = within(card).getByText('migliora').closest('p')!;
    expect(change.textContent).toContain('-15,8 µg/m³ (-1,3%) rispetto al 2022');
    expect(change.className).toContain('change--improving');
  });

  it('marks a demonstration link with a badge and its rationale', () => {
    const card = renderCard({
      demonstration: true,
      rationale: 'Collegamento dimostrativo: scelto da noi come esempio, non tratto dal piano.',
    });
    expect(within(card).getByText('Collegamento dimostrativo')).toBeTruthy();
    expect(within(card).getByText('Scelto da noi come esempio, non tratto dal piano.')).toBeTruthy();
  });

  it('has no demonstration badge when the link comes from the plan', () => {
    const card = renderCard({ demonstration: false });
    expect(within(card).queryByText('Collegamento dimostrativo')).toBeNull();
  });

  it('names the source with a link and the licence', () => {
    const card = renderCard();
    const source = within(card).getByText(/^Fonte:/);
    expect(source.textContent).toBe('Fonte: Istat – BES dei Territori');
    expect(within(source).getByRole('link').getAttribute('href')).toBe('https://example.org/bes');
    expect(within(card).getByText('Licenza: CC BY 4.0 (Istat)')).toBeTruthy();
  });

  it('offers a data table with a row per period with data, and n.d. where a territory has none', () => {
    const card = renderCard();
    fireEvent.click(within(card).getByText('Tabella dati'));
    const table = within(card).getByRole('table');
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'PeriodoCittà metropolitana di TorinoPiemonte',
      '2019n.d.910,0',
      '20211.300,0900,0',
      '20221.250,3n.d.',
      '20231.234,5 (p)880,0',
    ]);
  });

  it('describes the chart for screen readers', () => {
    const card = renderCard();
    const chart = within(card).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Grafico a linee: Concentrazione media annua di PM10, Città metropolitana di Torino, Piemonte, dal 2019 al 2023. I valori sono nella tabella dati.',
    );
  });

  it('says so when the plan territory has no data', () => {
    const card = renderCard({ series: [seriesOf('ITC11', 'Città metropolitana di Torino', [])] });
    expect(within(card).getByText('Nessun dato disponibile per il territorio del piano.')).toBeTruthy();
    expect(within(card).getByText('Nessuna serie storica da rappresentare.')).toBeTruthy();
  });
});
