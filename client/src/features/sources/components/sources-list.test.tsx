import type { ImportRecipe } from '@psm/server/contract';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';
import { SourcesList } from './sources-list';

const recipe = (over: Partial<ImportRecipe> = {}): ImportRecipe => ({
  id: 3,
  name: 'ISTAT: incidenti stradali per comune',
  url: 'https://esploradati.istat.it/SDMXWS/rest/data/41_983',
  format: null,
  indicator: { code: 'INCIDENTI', name: 'Incidenti stradali' },
  options: {},
  check: {
    etag: '"abc"',
    lastModified: null,
    checksum: 'f'.repeat(64),
    lastCheckedAt: '2026-12-01T08:00:00.000Z',
    status: 'changed',
    error: null,
    changedSinceImport: true,
    nextCheckAt: '2026-12-08T08:00:00.000Z',
  },
  lastBatchId: null,
  createdBy: 'analyst@example.org',
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
  ...over,
});

const render = () =>
  renderRoutes(
    [
      { path: '/gestione/fonti', element: <SourcesList /> },
      { path: '/gestione/importazioni/:id', element: <LocationProbe /> },
    ],
    { route: '/gestione/fonti', session: sessionOf('analyst') },
  );

describe('SourcesList', () => {
  it('shows the new-data badge, a check error in words, and refreshes to the import job once the source answers', async () => {
    const failing = recipe({
      id: 4,
      name: 'Eurostat PIL',
      check: { ...recipe().check, status: 'error', changedSinceImport: false, error: { code: 'source.timeout', params: { seconds: 30 }, message: 'x' } },
    });
    const calls = fakeApi({
      '/api/import-recipes': { body: { items: [recipe(), failing], checkDays: 7 } },
      'POST /api/import-recipes/3/refresh': [
        { status: 502, body: { title: 'Fonte non leggibile', status: 502, detail: 'The source answered HTTP 404', code: 'source.httpStatus', params: { status: 404 } } },
        { status: 202, body: { batchId: 12, recipe: recipe() } },
      ],
    });
    render();
    const table = await screen.findByRole('table', { name: 'Fonti dei dati, in ordine di nome' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByText('Nuovi dati disponibili')).toBeTruthy();
    expect(within(second!).queryByText('Nuovi dati disponibili')).toBeNull();
    expect(second!.textContent).toContain('La fonte non ha risposto entro 30 secondi.');
    expect(screen.getByText('Le fonti sono controllate automaticamente ogni 7 giorni.')).toBeTruthy();

    fireEvent.click(within(first!).getByRole('button', { name: 'Aggiorna dalla fonte' }));
    expect(await within(first!).findByText('La fonte ha risposto con l’errore HTTP 404: controlla l’indirizzo.')).toBeTruthy();
    fireEvent.click(within(first!).getByRole('button', { name: 'Aggiorna dalla fonte' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/gestione/importazioni/12'));
    expect(calls.filter((c) => c.method === 'POST').length).toBe(2);
  });

  it('adds a source, checking the address and the filters before sending', async () => {
    const calls = fakeApi({
      '/api/import-recipes': { body: { items: [], checkDays: 0 } },
      'POST /api/import-recipes': { status: 201, body: recipe() },
    });
    render();
    expect(await screen.findByText('Nessuna fonte: aggiungine una con il modulo «Aggiungi una fonte».')).toBeTruthy();
    expect(screen.getByText(/Il controllo automatico è disattivato/)).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Aggiungi una fonte' });
    fireEvent.change(within(form).getByLabelText(/^Nome/), { target: { value: 'Eurostat PIL' } });
    fireEvent.change(within(form).getByLabelText(/^Indirizzo della fonte/), { target: { value: 'ftp://example.org/a.tsv' } });
    fireEvent.change(within(form).getByLabelText(/^Filtri/), { target: { value: 'unit=EUR_HAB\ngeo' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Aggiungi la fonte' }));
    expect((await within(form).findAllByText('Deve essere un indirizzo http(s), ad esempio https://…')).length).toBeGreaterThan(0);
    expect(within(form).getAllByText('Riga «geo»: scrivi nome=valore.').length).toBeGreaterThan(0);
    fireEvent.change(within(form).getByLabelText(/^Indirizzo della fonte/), {
      target: { value: 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nama_10r_3gdp' },
    });
    fireEvent.change(within(form).getByLabelText(/^Filtri/), { target: { value: 'unit=EUR_HAB\ngeo=IT,ITC1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Aggiungi la fonte' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Eurostat PIL',
      url: 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nama_10r_3gdp',
      format: null,
      indicator: null,
      options: { filters: { unit: 'EUR_HAB', geo: 'IT,ITC1' } },
    });
  });
});
