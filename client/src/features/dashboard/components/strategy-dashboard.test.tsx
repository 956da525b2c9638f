import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardOf, indicatorOf, point, seriesOf } from '../../../test/fixtures';
import { mockFetch, renderWithProviders } from '../../../test/render';
import { StrategyDashboard } from './strategy-dashboard';

const URL = '/api/plans/psm-2024-2026/strategies/2.1/dashboard';

describe('StrategyDashboard', () => {
  it('shows a loading state, then the axis, the strategy and one card per indicator', async () => {
    const pm10 = indicatorOf({ series: [seriesOf('ITC11', 'Città metropolitana di Torino', [point('2023', 35)])] });
    const waste = indicatorOf({ code: 'W', name: 'Raccolta differenziata dei rifiuti urbani', unit: '%' });
    mockFetch({ [URL]: { body: dashboardOf([pm10, waste]) } });
    renderWithProviders(<StrategyDashboard plan="psm-2024-2026" strategy="2.1" />);
    expect(screen.getByRole('status').textContent).toBe('Caricamento in corso…');
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('2.1 Costruire e infrastrutturare la metropoli verde');
    expect(screen.getByText('Asse 2 · Torino metropoli più verde ed ecologica')).toBeTruthy();
    expect(screen.getAllByRole('article').filter((a) => a.classList.contains('indicator-card'))).toHaveLength(2);
  });

  it('says so when no indicator is linked, instead of a blank page', async () => {
    mockFetch({ [URL]: { body: dashboardOf([]) } });
    renderWithProviders(<StrategyDashboard plan="psm-2024-2026" strategy="2.1" />);
    expect(await screen.findByText('Nessun indicatore collegato a questa strategia')).toBeTruthy();
  });

  it('shows the problem detail of an unknown strategy', async () => {
    mockFetch({
      '/api/plans/psm-2024-2026/strategies/9.9/dashboard': {
        status: 404,
        body: { title: 'Risorsa non trovata / Not found', status: 404, detail: 'Strategy "psm-2024-2026 9.9" does not exist.' },
      },
    });
    renderWithProviders(<StrategyDashboard plan="psm-2024-2026" strategy="9.9" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Strategy "psm-2024-2026 9.9" does not exist.');
    expect(alert.querySelector('h2')!.textContent).toBe('Dati non trovati');
    // Asking again for a strategy that does not exist cannot help: offer the way back instead.
    expect(screen.queryByRole('button', { name: 'Riprova' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Torna alla struttura del piano' }).getAttribute('href')).toBe('/piani/psm-2024-2026');
  });
});
