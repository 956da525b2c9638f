import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planContextOf, planRollupOf } from '../../features/plans/test-fixtures';
import { i18n } from '../../i18n/i18n';
import { fakeApi } from '../../test/fake-api';
import { dashboardOf, indicatorOf, planSummaryOf, planTreeOf, point, seriesOf } from '../../test/fixtures';
import { actionStatusesOf, actionRowOf, currentStatusOf } from '../../test/fixtures/actions';
import { renderWithProviders } from '../../test/render';
import { StrategyPage } from './strategy-page';

const PLAN = 'psm-2021-2023';
const pm10 = indicatorOf({
  demonstration: true,
  series: [
    seriesOf('ITC11', 'Città metropolitana di Torino', [point('2022', 40), point('2023', 35)], {
      direction: 'improving',
      changeFromPrevious: { from: '2022', absolute: -5, percent: -12.5 },
    }),
  ],
});

function setup(code = '2.1', lang = '') {
  fakeApi({
    [`/api/plans/${PLAN}/tree`]: { body: planTreeOf(planSummaryOf()) },
    [`/api/plans/${PLAN}/rollup`]: { body: planRollupOf() },
    [`/api/plans/${PLAN}/context`]: { body: planContextOf() },
    '/api/action-statuses': { body: actionStatusesOf() },
    [`/api/plans/${PLAN}/strategies/2.1/dashboard`]: { body: { ...dashboardOf([pm10]), plan: { code: PLAN, title: 'Piano strategico metropolitano 2021-2023' } } },
    [`/api/plans/${PLAN}/actions`]: {
      body: {
        plan: PLAN,
        currentPeriod: '2024-S2',
        items: [
          actionRowOf(),
          actionRowOf({
            code: '2.1.2',
            title: 'Definire una politica integrata di tutela ambientale',
            status: currentStatusOf('in_corso'),
            progress: 40,
            lastPeriod: '2024-S2',
            toUpdate: false,
          }),
          actionRowOf({ code: '1.3.1', title: 'Altra strategia', strategy: { code: '1.3', title: 'PMI' } }),
        ],
      },
    },
  });
  renderWithProviders(<StrategyPage />, { route: `/piani/${PLAN}/strategie/${code}${lang}`, path: '/piani/:plan/strategie/:code' });
}

describe('StrategyPage', () => {
  it('puts both levels on one page: the indicator cards, then the actions with their status', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: '2.1 Costruire e infrastrutturare la metropoli verde' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(within(crumbs).getByRole('link', { name: 'Asse 2' }).getAttribute('href')).toBe(`/piani/${PLAN}/assi/2`);

    const context = screen.getByRole('region', { name: 'Indicatori di contesto' });
    const card = await within(context).findByRole('article', { name: 'Concentrazione media annua di PM10' });
    expect(within(card).getByText('migliora')).toBeTruthy();
    expect(within(card).getByText('Collegamento dimostrativo')).toBeTruthy();

    const implementation = screen.getByRole('region', { name: 'Stato di attuazione delle azioni' });
    const table = await within(implementation).findByRole('table', { name: 'Azioni della strategia 2.1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe(`/piani/${PLAN}/azioni/2.1.1`);
    expect(rows[0]!.textContent).toContain('Nessun aggiornamento');
    expect(rows[0]!.textContent).toContain('Da aggiornare');
    expect(rows[0]!.textContent).toContain('non disponibile');
    expect(rows[1]!.textContent).toContain('In corso');
    expect(rows[1]!.textContent).toContain('40%');
    expect(rows[1]!.textContent).toContain('2º sem. 2024');
    expect(rows[1]!.textContent).not.toContain('Da aggiornare');
    expect(within(implementation).getByRole('img').getAttribute('aria-label')).toBe('Stato di attuazione delle azioni – Strategia 2.1 – Nessun aggiornamento: 1');
  });

  it('says so when the plan has no such strategy', async () => {
    setup('9.9');
    expect(await screen.findByRole('heading', { level: 1, name: 'Strategia non trovata' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Torna al piano' }).getAttribute('href')).toBe(`/piani/${PLAN}`);
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup('2.1', '?lang=en');
    const implementation = await screen.findByRole('region', { name: 'Implementation status of the actions' });
    expect(await within(implementation).findByRole('table', { name: 'Actions of strategy 2.1' })).toBeTruthy();
    expect(within(implementation).getAllByText('To update').length).toBe(1);
    expect(await screen.findByText('improving')).toBeTruthy();
  });
});
