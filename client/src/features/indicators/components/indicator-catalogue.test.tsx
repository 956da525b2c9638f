import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { IndicatorsPage } from '../../../app/routes/indicators-page';
import { fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { listItemOf, PLANS } from '../test-fixtures';

const page = (items: ReturnType<typeof listItemOf>[], total = items.length, p = 1) => ({ body: { items, page: p, pageSize: 20, total } });
const TREE = {
  plan: PLANS.items[0],
  axes: [
    {
      code: '5',
      title: 'Torino metropoli più attrattiva',
      altTitle: null,
      shortLabel: null,
      description: null,
      sourceLabel: null,
      sourceUrl: null,
      strategies: [{ code: '5.1', title: 'Rafforzare la capacità di attrarre talenti', description: null, sourceLabel: null, sourceUrl: null, indicatorCount: 1, actions: [] }],
    },
  ],
};

function LocationProbe() {
  const location = useLocation();
  return <div data-testid="location">{location.search}</div>;
}

function renderCatalogue(route = '/indicatori') {
  const calls = fakeApi({
    '/api/plans': { body: PLANS },
    '/api/plans/psm-2024-2026/tree': { body: TREE },
    '/api/indicators?page=1&pageSize=20': page([listItemOf(), listItemOf({ code: 'MOV_X', name: 'Imprese registrate', unit: 'numero', source: 'infocamere', strategies: [] })], 45),
    '/api/indicators?page=2&pageSize=20': page([listItemOf({ code: 'P2', name: 'Seconda pagina' })], 45, 2),
    '/api/indicators?page=1&pageSize=20&q=occupazione': page([listItemOf()]),
    '/api/indicators?page=1&pageSize=20&source=bes&plan=psm-2024-2026': page([listItemOf()]),
    '/api/indicators?page=1&pageSize=20&source=bes&plan=psm-2024-2026&strategy=5.1': page([]),
  });
  renderWithProviders(
    <>
      <IndicatorsPage />
      <LocationProbe />
    </>,
    { route, path: '/indicatori' },
  );
  return calls;
}

const search = () => screen.getByTestId('location').textContent;

describe('IndicatorsPage', () => {
  it('lists indicators with source, unit, linked strategies and the demonstration badge', async () => {
    renderCatalogue();
    expect(screen.getByRole('heading', { level: 1, name: 'Indicatori di contesto' })).toBeTruthy();
    expect(await screen.findByText('45 indicatori trovati – Risultati da 1 a 20 di 45')).toBeTruthy();
    const card = screen.getByRole('heading', { name: 'Tasso di occupazione (20-64 anni)' }).closest('article')!;
    expect(within(card).getByRole('link', { name: 'Tasso di occupazione (20-64 anni)' }).getAttribute('href')).toBe('/indicatori/BES_03LAV001');
    expect(within(card).getByText('Fonte', { selector: 'dt' }).nextElementSibling!.textContent).toBe('ISTAT – BES');
    expect(within(card).getByRole('link', { name: /Strategia 5.1/ }).getAttribute('href')).toBe('/piani/psm-2024-2026/strategie/5.1');
    expect(within(card).getByText('Collegamento dimostrativo')).toBeTruthy();
    const other = screen.getByRole('heading', { name: 'Imprese registrate' }).closest('article')!;
    expect(other.textContent).toContain('Non ancora collegato a una strategia');
    const pages = screen.getByRole('navigation', { name: 'Pagine dei risultati' });
    expect(within(pages).getByRole('link', { name: 'Pagina 1, pagina corrente' }).getAttribute('aria-current')).toBe('page');
    expect(within(pages).getByRole('link', { name: 'Pagina successiva' }).getAttribute('href')).toBe('/indicatori?pagina=2');
  });

  it('keeps the search, the filters and the page in the URL', async () => {
    const calls = renderCatalogue();
    await screen.findByText(/45 indicatori trovati/);
    fireEvent.change(screen.getByLabelText('Nome, codice o parola della definizione'), { target: { value: ' occupazione ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    await waitFor(() => expect(search()).toBe('?q=occupazione'));
    expect(calls.map((c) => c.url)).toContain('/api/indicators?page=1&pageSize=20&q=occupazione');

    fireEvent.click(screen.getByRole('button', { name: 'Azzera i filtri' }));
    await waitFor(() => expect(search()).toBe(''));
    fireEvent.change(screen.getByLabelText('Fonte'), { target: { value: 'bes' } });
    fireEvent.change(await screen.findByLabelText('Piano'), { target: { value: 'psm-2024-2026' } });
    await waitFor(() => expect(search()).toBe('?fonte=bes&piano=psm-2024-2026'));
    const strategy = screen.getByLabelText('Strategia') as HTMLSelectElement;
    await screen.findByRole('option', { name: '5.1 – Rafforzare la capacità di attrarre talenti' });
    fireEvent.change(strategy, { target: { value: '5.1' } });
    await waitFor(() => expect(search()).toBe('?fonte=bes&piano=psm-2024-2026&strategia=5.1'));
    expect(await screen.findByText('Nessun indicatore corrisponde ai filtri scelti.')).toBeTruthy();
    expect(calls.map((c) => c.url)).toContain('/api/indicators?page=1&pageSize=20&source=bes&plan=psm-2024-2026&strategy=5.1');
  });

  it('opens a page from the URL and links indicators in the plan chosen', async () => {
    renderCatalogue('/indicatori?pagina=2');
    expect(await screen.findByRole('heading', { name: 'Seconda pagina' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('45 indicatori trovati – Risultati da 21 a 40 di 45');
  });
});
