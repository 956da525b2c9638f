import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { indicatorDetailOf, observationOf, PIEMONTE, PLANS, pointOf, TORINO } from '../test-fixtures';
import { IndicatorEmbed } from './indicator-embed';

const CODE = 'BES_03LAV001';

describe('IndicatorEmbed', () => {
  beforeAll(async () => {
    await import('./indicator-chart');
  });

  it('shows the territories of the query as chart and table, with the source lines and a link back in a new tab', async () => {
    const calls = fakeApi({
      [`/api/indicators/${CODE}`]: { body: indicatorDetailOf() },
      '/api/plans': { body: PLANS },
      [`/api/observations?indicator=${CODE}&territory=ITC1`]: {
        body: { items: [pointOf('2021', 65.2), pointOf('2022', 66)].map((p) => observationOf(CODE, PIEMONTE, p)), total: 2, indicators: [CODE] },
      },
    });
    renderWithProviders(<IndicatorEmbed code={CODE} />, { route: `/embed/indicatori/${CODE}?territori=ITC1&piano=psm-2024-2026`, path: '/embed/indicatori/:code' });

    // The chart's title is the page's only h1.
    expect(await screen.findByRole('heading', { level: 1, name: 'Tasso di occupazione (20-64 anni)' })).toBeTruthy();
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Periodo', 'Piemonte']);
    expect(within(table).queryByText(TORINO.name)).toBeNull();
    expect(calls.map((c) => c.url)).toContain(`/api/observations?indicator=${CODE}&territory=ITC1`);

    expect(screen.getByText('Fonte: ISTAT – BES, Istat, BES dei territori')).toBeTruthy();
    expect(screen.getByText('Dati aggiornati al 10 febbraio 2025')).toBeTruthy();
    expect(screen.getByText('CC BY 4.0').closest('p')!.textContent).toBe('Licenza: CC BY 4.0');
    const back = screen.getByRole('link', { name: 'Apri la pagina completa (nuova scheda)' });
    expect(back.getAttribute('href')).toBe(`/indicatori/${CODE}?territori=ITC1&piano=psm-2024-2026`);
    expect(back.getAttribute('target')).toBe('_blank');
  });
});
