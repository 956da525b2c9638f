import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { planTreeOf } from '../../../test/fixtures';
import { actionStatusesOf } from '../../../test/fixtures/actions';
import { renderWithProviders } from '../../../test/render';
import { planContextOf, planRollupOf, rollupOf } from '../test-fixtures';
import { MonitoringOverview } from './monitoring-overview';

function setup(route = '/', extra: Record<string, { status?: number; body: unknown }> = {}) {
  fakeApi({
    '/api/plans/psm-2021-2023/tree': { body: planTreeOf() },
    '/api/plans/psm-2021-2023/rollup': { body: planRollupOf() },
    '/api/plans/psm-2021-2023/context': { body: planContextOf() },
    '/api/action-statuses': { body: actionStatusesOf() },
    '/api/plans/psm-2021-2023/rollup/groups?by=zona': {
      body: { plan: 'psm-2021-2023', by: 'zona', currentPeriod: '2024-S2', overdueOn: '2024-12-02', groups: [{ code: null, name: null, amount: null, ...rollupOf({ actions: 4, noUpdate: 4 }) }] },
    },
    ...extra,
  });
  renderWithProviders(<MonitoringOverview plan="psm-2021-2023" />, { route });
}

describe('MonitoringOverview', () => {
  it('states the plan totals of both levels and the current reporting period', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Quadro del monitoraggio' })).toBeTruthy();
    expect(await screen.findByText(/Periodo di rendicontazione corrente: 2º sem\. 2024\./)).toBeTruthy();
    const context = screen.getByRole('region', { name: 'Andamento del contesto (livello 1)' });
    expect(within(context).getByText('3 indicatori di contesto')).toBeTruthy();
    const implementation = screen.getByRole('region', { name: 'Stato di attuazione (livello 2)' });
    expect(within(implementation).getByText('4 azioni')).toBeTruthy();
    expect(within(implementation).getByText('2 da aggiornare')).toBeTruthy();
    expect(within(implementation).getByText('1 in ritardo')).toBeTruthy();
  });

  it('ends with the implementation by zona omogenea, office or funding source', async () => {
    setup();
    const section = await screen.findByRole('region', { name: 'Attuazione per zona omogenea, ufficio e fonte di finanziamento' });
    expect(await within(section).findByRole('table', { name: 'Stato di attuazione delle azioni per zona omogenea' })).toBeTruthy();
    expect(within(section).getByRole('group', { name: 'Raggruppa le azioni' })).toBeTruthy();
  });

  it('has one row per axis and per strategy, the context trend beside the implementation status', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Andamento del contesto e stato di attuazione, per asse e strategia' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Asse o strategia',
      'Andamento del contesto (livello 1)',
      'Stato di attuazione (livello 2)',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Asse 1 Torino Metropoli più produttiva e innovativa',
      '1.3 Stimolare innovazione nel sistema delle PMI',
      'Asse 2 Torino Metropoli più verde ed ecologica',
      '2.1 Costruire e infrastrutturare la metropoli verde',
    ]);
    const strategy = rows[1]!;
    expect(within(strategy).getByRole('link').getAttribute('href')).toBe('/piani/psm-2021-2023/strategie/1.3');
    const [context, implementation] = within(strategy).getAllByRole('cell');
    expect(context!.textContent).toContain('2 in miglioramento');
    expect(context!.getAttribute('data-label')).toBe('Andamento del contesto (livello 1)');
    expect(within(implementation!).getByRole('img').getAttribute('aria-label')).toBe(
      'Stato di attuazione delle azioni – Strategia 1.3 – In corso: 2, Completata: 1',
    );
    expect(within(rows[3]!).getByText('Nessun indicatore di contesto collegato.')).toBeTruthy();
    expect(within(rows[3]!).getByText('Nessun aggiornamento')).toBeTruthy();
  });

  it('keeps the structure and says which level is missing when one endpoint fails', async () => {
    setup('/', { '/api/plans/psm-2021-2023/context': { status: 500, body: { title: 'Errore interno', status: 500, detail: 'Boom.' } } });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getAllByText('Andamento del contesto non disponibile.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('4 azioni')).toHaveLength(1);
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup('/?lang=en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Monitoring overview' })).toBeTruthy();
    expect(await screen.findByText(/Current reporting period: H2 2024\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Stimolare innovazione nel sistema delle PMI' }).getAttribute('href')).toBe('/piani/psm-2021-2023/strategie/1.3?lang=en');
  });
});
