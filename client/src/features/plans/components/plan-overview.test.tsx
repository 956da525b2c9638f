import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { planSummaryOf, planTreeOf } from '../../../test/fixtures';
import { actionStatusesOf } from '../../../test/fixtures/actions';
import { renderWithProviders } from '../../../test/render';
import { planContextOf, planRollupOf } from '../test-fixtures';
import { PlanOverview } from './plan-overview';

const older = planSummaryOf();
const newer = planSummaryOf({ code: 'psm-2024-2026', title: 'Piano strategico metropolitano 2024-2026', subtitle: 'Torino metro(poli)montana', periodStart: 2024, periodEnd: 2026 });

function setup(route = '/') {
  fakeApi({
    '/api/plans': { body: { items: [newer, older] } },
    '/api/plans/psm-2021-2023/tree': { body: planTreeOf({ ...older, declaredCountsSource: 'https://example.org/a ; https://www.example.com/b' }) },
    '/api/plans/psm-2021-2023/rollup': { body: planRollupOf() },
    '/api/plans/psm-2021-2023/context': { body: planContextOf() },
    '/api/action-statuses': { body: actionStatusesOf() },
  });
  renderWithProviders(<PlanOverview plan="psm-2021-2023" />, { route });
}

describe('PlanOverview', () => {
  it('shows the plan title, subtitle and approval, under a breadcrumb', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Piano strategico metropolitano 2021-2023' })).toBeTruthy();
    expect(screen.getByText('Torino Metropoli Aumentata', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText(/^Approvazione:/).textContent).toBe('Approvazione: Consiglio metropolitano, 10 febbraio 2021');
    const crumbs = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(within(crumbs).getByRole('link', { name: 'Home' }).getAttribute('href')).toBe('/');
  });

  it('says how much of the plan is loaded, what is missing and where the totals come from', async () => {
    setup();
    expect(await screen.findByText('10 di 24 strategie · 10 di 111 azioni')).toBeTruthy();
    expect(screen.getByText(/14 strategie non ancora caricate; 101 azioni non ancora caricate\./)).toBeTruthy();
    const source = screen.getByText(/^Fonte dei totali dichiarati/);
    expect(within(source).getAllByRole('link').map((a) => a.textContent)).toEqual(['example.org', 'example.com']);
  });

  it('links each edition, oldest first, marking the one shown', async () => {
    setup();
    const nav = await screen.findByRole('navigation', { name: 'Edizioni del piano' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['PSM 2021-2023 · Torino Metropoli Aumentata', 'PSM 2024-2026 · Torino metro(poli)montana']);
    expect(within(nav).getByRole('link', { current: 'page' }).getAttribute('href')).toBe('/piani/psm-2021-2023');
  });

  it('shows each axis as a card with its strategies and both monitoring levels, and the territory judged', async () => {
    setup();
    const card = await screen.findByRole('article', { name: 'Torino Metropoli più produttiva e innovativa' });
    expect(within(card).getByRole('link', { name: 'Torino Metropoli più produttiva e innovativa' }).getAttribute('href')).toBe('/piani/psm-2021-2023/assi/1');
    expect(within(card).getByRole('link', { name: 'Stimolare innovazione nel sistema delle PMI' }).getAttribute('href')).toBe('/piani/psm-2021-2023/strategie/1.3');
    expect(await within(card).findByText('3 indicatori di contesto')).toBeTruthy();
    expect(within(card).getByRole('img').getAttribute('aria-label')).toBe('Stato di attuazione delle azioni – Asse 1 – In corso: 2, Completata: 1');
    expect(screen.getByText(/nel territorio del piano, Città metropolitana di Torino,/)).toBeTruthy();
    const empty = screen.getByRole('article', { name: 'Torino Metropoli più verde ed ecologica' });
    expect(within(empty).getByText('Nessun indicatore di contesto collegato.')).toBeTruthy();
  });

  it('reads in English, keeping the language in its links', async () => {
    await i18n.changeLanguage('en');
    setup('/?lang=en');
    expect(await screen.findByText('10 of 24 strategies · 10 of 111 actions')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Plan editions' });
    // The plan's own texts exist only in Italian: marked as such on English pages.
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('lang')).toBe('it');
    expect(within(nav).getByRole('link', { current: 'page' }).getAttribute('href')).toBe('/piani/psm-2021-2023?lang=en');
    expect(await screen.findAllByText('Context trend')).toHaveLength(2);
  });

  it('shows the problem detail when the plan does not exist', async () => {
    fakeApi({ '/api/plans': { body: { items: [] } } });
    renderWithProviders(<PlanOverview plan="psm-1999" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No endpoint at GET /api/plans/psm-1999/tree.');
    expect(alert.textContent).toContain('HTTP 404');
  });
});
