import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StrategyIndicators } from './strategy-indicators';
import { fakeApi } from '../../../test/fake-api';
import { dashboardOf, indicatorOf, point, seriesOf } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';

const URL = '/api/plans/psm-2024-2026/strategies/2.1/dashboard';

describe('StrategyIndicators', () => {
  it('shows a loading state, then the territories compared and one card per indicator', async () => {
    const pm10 = indicatorOf({ series: [seriesOf('ITC11', 'Città metropolitana di Torino', [point('2023', 35)])] });
    const waste = indicatorOf({ code: 'W', name: 'Raccolta differenziata dei rifiuti urbani', unit: '%' });
    fakeApi({ [URL]: { body: dashboardOf([pm10, waste]) } });
    renderWithProviders(<StrategyIndicators plan="psm-2024-2026" strategy="2.1" />);
    expect(screen.getByRole('status').textContent).toBe('Caricamento in corso…');
    expect(await screen.findByText('Territori a confronto: Città metropolitana di Torino (territorio del piano), Piemonte.')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByText('Valore non disponibile per Città metropolitana di Torino.')).toBeTruthy();
  });

  it('says so when no indicator is linked, instead of a blank section', async () => {
    fakeApi({ [URL]: { body: dashboardOf([]) } });
    renderWithProviders(<StrategyIndicators plan="psm-2024-2026" strategy="2.1" />);
    expect(await screen.findByText('Nessun indicatore collegato a questa strategia.')).toBeTruthy();
  });

  it('shows the problem detail when the dashboard cannot be read', async () => {
    fakeApi({ [URL]: { status: 500, body: { title: 'Errore interno', status: 500, detail: 'Database unavailable.' } } });
    renderWithProviders(<StrategyIndicators plan="psm-2024-2026" strategy="2.1" />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Database unavailable.');
    expect(screen.getByRole('button', { name: 'Riprova' })).toBeTruthy();
  });
});
