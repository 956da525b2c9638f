import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RollupGroups } from '@psm/server/contract';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { actionStatusesOf } from '../../../test/fixtures/actions';
import { renderWithProviders } from '../../../test/render';
import { rollupOf } from '../test-fixtures';
import { RollupGroupsSection } from './rollup-groups';

const PLAN = 'psm-2024-2026';
const statuses = actionStatusesOf().items;

const zones: RollupGroups = {
  plan: PLAN,
  by: 'zona',
  currentPeriod: '2026-S2',
  overdueOn: '2026-12-02',
  groups: [
    { code: 'ITC11-ZO01', name: 'Torino', amount: 1002000.5, ...rollupOf({ actions: 2, byStatus: { in_corso: 1, in_ritardo: 1 }, withProgress: 2, meanProgress: 30, overdue: 2 }) },
    { code: 'ITC11-ZO05', name: 'Pinerolese', amount: null, ...rollupOf({ actions: 1, byStatus: { in_corso: 1 }, withProgress: 1, meanProgress: 40 }) },
    { code: null, name: null, amount: 500000, ...rollupOf({ actions: 11, byStatus: { completata: 1 }, noUpdate: 10, toUpdate: 10, withProgress: 1, meanProgress: 100, overdue: 1 }) },
  ],
};
const fundings: RollupGroups = {
  ...zones,
  by: 'finanziamento',
  groups: [
    { code: 'pnrr', name: 'pnrr', amount: 1500000.5, ...rollupOf({ actions: 2, byStatus: { in_corso: 1, completata: 1 }, withProgress: 2, meanProgress: 70 }) },
    { code: null, name: null, amount: null, ...rollupOf({ actions: 12, noUpdate: 12, toUpdate: 12 }) },
  ],
};

function setup(route = '/') {
  fakeApi({
    [`/api/plans/${PLAN}/rollup/groups?by=zona`]: { body: zones },
    [`/api/plans/${PLAN}/rollup/groups?by=finanziamento`]: { body: fundings },
  });
  renderWithProviders(<RollupGroupsSection plan={PLAN} statuses={statuses} />, { route });
}

/** Each body row as its cells' text, spaces normalised (Intl puts non-breaking ones in amounts). */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ')));

describe('RollupGroupsSection', () => {
  it('tabulates each zone with actions by status, mean progress, overdue and amounts, "non indicato" last', async () => {
    setup();
    const table = await screen.findByRole('table', { name: 'Stato di attuazione delle azioni per zona omogenea' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Zona omogenea', 'Azioni', 'In corso', 'In ritardo', 'Completata', 'Nessun aggiornamento', 'Avanzamento medio', 'In ritardo sulle scadenze', 'Importo totale',
    ]);
    expect(rowsOf(table)).toEqual([
      ['Torino', '2', '1', '1', '0', '0', '30%', '2', '1.002.000,50 €'],
      ['Pinerolese', '1', '1', '0', '0', '0', '40%', '0', 'n.d.'],
      ['Non indicato', '11', '0', '0', '1', '10', '100%', '1', '500.000,00 €'],
    ]);
    expect(screen.getByText(/contata in ciascuna/)).toBeTruthy();
    expect(screen.getByText('In ritardo: azioni aperte con un traguardo o la fine prevista superati al 2 dicembre 2026.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Scarica la tabella per zona omogenea (CSV)' }).getAttribute('href')).toBe(`/api/plans/${PLAN}/rollup/groups?by=zona&format=csv`);
    expect((screen.getByRole('radio', { name: 'per zona omogenea' }) as HTMLInputElement).checked).toBe(true);
  });

  it('switches to funding sources, named in words, from the choice or the URL', async () => {
    setup();
    await screen.findByRole('table', { name: 'Stato di attuazione delle azioni per zona omogenea' });
    fireEvent.click(screen.getByRole('radio', { name: 'per fonte di finanziamento' }));
    const table = await screen.findByRole('table', { name: 'Stato di attuazione delle azioni per fonte di finanziamento' });
    expect(rowsOf(table).map((r) => [r[0], r[1], r.at(-1)])).toEqual([
      ['PNRR – Piano nazionale di ripresa e resilienza', '2', '1.500.000,50 €'],
      ['Non indicato', '12', 'n.d.'],
    ]);
    expect(screen.getByText('«Non indicato» raccoglie le azioni senza finanziamenti indicati.')).toBeTruthy();
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup('/?per=finanziamento');
    const table = await screen.findByRole('table', { name: 'Implementation status of the actions by funding source' });
    expect(rowsOf(table)[0]).toEqual(['PNRR – National Recovery and Resilience Plan', '2', '1', '1', '0', '70%', '0', '€1,500,000.50']);
    expect(rowsOf(table)[1]![0]).toBe('Not specified');
    expect(screen.getByRole('link', { name: 'Download the table by funding source (CSV)' })).toBeTruthy();
  });
});
