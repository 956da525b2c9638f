import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planContextOf, planRollupOf } from '../test-fixtures';
import { AxisOverview } from './axis-overview';
import { fakeApi } from '../../../test/fake-api';
import { planTreeOf } from '../../../test/fixtures';
import { actionStatusesOf } from '../../../test/fixtures/actions';
import { renderWithProviders } from '../../../test/render';

function setup(axis: string) {
  fakeApi({
    '/api/plans/psm-2021-2023/tree': { body: planTreeOf() },
    '/api/plans/psm-2021-2023/rollup': { body: planRollupOf() },
    '/api/plans/psm-2021-2023/context': { body: planContextOf() },
    '/api/action-statuses': { body: actionStatusesOf() },
  });
  renderWithProviders(<AxisOverview plan="psm-2021-2023" axis={axis} />);
}

describe('AxisOverview', () => {
  it('shows the axis with both levels and each loaded strategy with its own, and what the plan still lacks', async () => {
    setup('1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Torino Metropoli più produttiva e innovativa' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(within(crumbs).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Home/', 'Piano strategico metropolitano 2021-2023/', 'Asse 1']);
    const strategy = screen.getByRole('article', { name: 'Stimolare innovazione nel sistema delle PMI' });
    expect(await within(strategy).findByText('3 indicatori di contesto')).toBeTruthy();
    expect(within(strategy).getByRole('link', { name: 'Apri il cruscotto della strategia 1.3' }).getAttribute('href')).toBe('/piani/psm-2021-2023/strategie/1.3');
    expect(screen.getByText(/14 strategie del piano non ancora caricate \(il piano ne dichiara 24 in tutto\)/)).toBeTruthy();
  });

  it('says so when the plan has no such axis', async () => {
    setup('9');
    expect(await screen.findByRole('heading', { level: 1, name: 'Asse non trovato' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Torna al piano' }).getAttribute('href')).toBe('/piani/psm-2021-2023');
  });
});
