import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planSummaryOf, planTreeOf } from '../../../test/fixtures';
import { mockFetch, renderWithProviders } from '../../../test/render';
import { PlanOverview } from './plan-overview';

const older = planSummaryOf();
const newer = planSummaryOf({ code: 'psm-2024-2026', title: 'Piano strategico metropolitano 2024-2026', subtitle: 'Torino metro(poli)montana', periodStart: 2024, periodEnd: 2026 });

function setup() {
  mockFetch({
    '/api/plans': { body: { items: [newer, older] } },
    '/api/plans/psm-2021-2023/tree': { body: planTreeOf(older) },
  });
  renderWithProviders(<PlanOverview plan="psm-2021-2023" />);
}

describe('PlanOverview', () => {
  it('shows the plan title and subtitle', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Piano strategico metropolitano 2021-2023' })).toBeTruthy();
    expect(screen.getByText('Torino Metropoli Aumentata')).toBeTruthy();
  });

  it('says how much of the plan is loaded and what is missing, without inventing entries', async () => {
    setup();
    expect(await screen.findByText('10 di 24 strategie, 10 di 111 azioni caricate')).toBeTruthy();
    expect(screen.getByText(/14 strategie non ancora caricate; 101 azioni non ancora caricate/)).toBeTruthy();
    expect(screen.getAllByRole('listitem').filter((li) => li.className === 'strategy')).toHaveLength(2);
  });

  it('links each edition, marking the one shown', async () => {
    setup();
    const nav = await screen.findByRole('navigation', { name: 'Edizioni del piano' });
    const current = within(nav).getByRole('link', { current: 'page' });
    expect(current.getAttribute('href')).toBe('/piani/psm-2021-2023');
    expect(within(nav).getAllByRole('link')).toHaveLength(2);
  });

  it('lists strategies with indicator counts and dashboard links, and their actions', async () => {
    setup();
    const link = await screen.findByRole('link', { name: 'Stimolare innovazione nel sistema delle PMI' });
    expect(link.getAttribute('href')).toBe('/piani/psm-2021-2023/strategie/1.3');
    expect(screen.getByText(/3 indicatori/)).toBeTruthy();
    expect(screen.getByText('nessun indicatore collegato')).toBeTruthy();
    expect(screen.getByText('Incrementare la superficie delle aree protette')).toBeTruthy();
    expect(screen.getByText('Azioni non ancora caricate.')).toBeTruthy();
  });

  it('shows the problem detail when the plan does not exist', async () => {
    mockFetch({ '/api/plans': { body: { items: [] } } });
    renderWithProviders(<PlanOverview plan="psm-1999" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No endpoint at GET /api/plans/psm-1999/tree.');
    expect(alert.textContent).toContain('HTTP 404');
  });
});
