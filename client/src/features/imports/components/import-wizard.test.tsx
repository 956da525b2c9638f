import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { batchOf } from '../testing/fixtures';
import { FakeXhr, installFakeXhr } from '../testing/fake-xhr';
import { ImportWizard } from './import-wizard';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';

function renderWizard() {
  renderRoutes(
    [
      { path: '/gestione/importazioni', element: <ImportWizard /> },
      { path: '/gestione/importazioni/:id', element: <LocationProbe /> },
    ],
    { route: '/gestione/importazioni', session: sessionOf('analyst') },
  );
}

const history = {
  items: [
    batchOf({ id: 3, status: 'committed', counts: { records: 120, filteredOut: 0, missing: 0, inserted: 57, updated: 0, unchanged: 0, errors: 0 } }),
    batchOf({ id: 2, status: 'invalid', file: { ...batchOf().file, name: 'istat_sdmx_csv_41_983_incidenti_comuni.csv' }, counts: { records: 36, filteredOut: 0, missing: 0, inserted: 0, updated: 0, unchanged: 0, errors: 36 } }),
  ],
  page: 1,
  pageSize: 20,
  total: 2,
};

describe('ImportWizard (step 1: upload)', () => {
  beforeEach(() => installFakeXhr());

  it('shows the steps, the accepted formats and the past imports with links to each job', async () => {
    fakeApi({ 'GET /api/imports?page=1&pageSize=20': { body: history } });
    renderWizard();
    const steps = screen.getByRole('navigation', { name: "Fasi dell'importazione" });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(4);
    const current = within(steps).getAllByRole('listitem').filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current.map((li) => li.textContent)).toEqual(['1Carica il file']);
    expect(within(steps).getByText('Fase 1 di 4:')).toBeTruthy();
    expect(screen.getByText(/Formati accettati: CSV, XLSX, SDMX-CSV, TSV di Eurostat, JSON-stat, SDMX-ML/)).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Importazioni, dalla più recente' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: "Apri l'importazione n. 3" }).getAttribute('href')).toBe('/gestione/importazioni/3');
    expect(rows[1]!.textContent).toContain('57 nuovi · 0 aggiornati · 0 invariati');
    expect(rows[1]!.textContent).toContain('importata');
    expect(rows[2]!.textContent).toContain('36 errori');
    expect(rows[2]!.textContent).toContain('nulla è stato scritto');
    expect(rows[2]!.textContent).not.toContain('nuovi');
    expect(rows[2]!.textContent).toContain('con errori');
  });

  it('asks for a file before uploading', async () => {
    fakeApi({ 'GET /api/imports?page=1&pageSize=20': { body: history } });
    renderWizard();
    const submit = screen.getByRole('button', { name: 'Carica e verifica' });
    await waitFor(() => expect(submit).toHaveProperty('disabled', false));
    fireEvent.click(submit);
    expect(await screen.findByText('Scegli il file da importare.')).toBeTruthy();
    expect(FakeXhr.last).toBeNull();
  });

  it('uploads with the options and the CSRF token, shows the upload progress, then opens the job', async () => {
    fakeApi({ 'GET /api/imports?page=1&pageSize=20': { body: history } });
    renderWizard();
    await screen.findByRole('table');
    const file = new File(['freq,unit,geo\\TIME_PERIOD\t2021 \n'], 'nama_10r_3gdp.tsv', { type: 'text/tab-separated-values' });
    fireEvent.change(screen.getByLabelText('scegli un file'), { target: { files: [file] } });
    expect(screen.getByText(/File scelto: nama_10r_3gdp\.tsv/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Codice dell'indicatore"), { target: { value: 'EUROSTAT_GDP_EUR_HAB' } });
    fireEvent.change(screen.getByLabelText('Filtri'), { target: { value: 'unit=EUR_HAB\ngeo=IT,ITC1,ITC11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Carica e verifica' }));

    await waitFor(() => expect(FakeXhr.last).not.toBeNull());
    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/imports');
    expect(xhr.headers['X-CSRF-Token']).toBe('csrf-token-123');
    const form = xhr.body as FormData;
    expect(form.get('indicator')).toBe('EUROSTAT_GDP_EUR_HAB');
    expect(form.getAll('filter')).toEqual(['unit=EUR_HAB', 'geo=IT,ITC1,ITC11']);
    expect((form.get('file') as File).name).toBe('nama_10r_3gdp.tsv');

    act(() => xhr.progress(3000, 12000));
    const bar = await screen.findByRole('progressbar', { name: /Caricamento del file/ });
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByText('25% – 3,0 kB di 12,0 kB')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Carica e verifica' })).toHaveProperty('disabled', true);

    act(() => xhr.respond(202, batchOf({ id: 7, status: 'uploaded' })));
    expect((await screen.findByTestId('location')).textContent).toBe('/gestione/importazioni/7');
  });

  it('puts the server’s field errors next to the fields', async () => {
    fakeApi({ 'GET /api/imports?page=1&pageSize=20': { body: history } });
    renderWizard();
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('scegli un file'), { target: { files: [new File(['x'], 'a.csv')] } });
    fireEvent.change(screen.getByLabelText('Filtri'), { target: { value: 'unit' } });
    fireEvent.click(screen.getByRole('button', { name: 'Carica e verifica' }));
    await waitFor(() => expect(FakeXhr.last).not.toBeNull());
    act(() =>
      FakeXhr.last!.respond(400, {
        title: 'Parametri non validi / Invalid parameters',
        status: 400,
        detail: 'filter: "unit": expected dimension=value',
        errors: [{ name: 'filter', message: '"unit": expected dimension=value' }],
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('filter: "unit": expected dimension=value (HTTP 400)');
    const filters = screen.getByLabelText('Filtri');
    expect(filters.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(screen.getByText('"unit": expected dimension=value')).toBeTruthy());
  });
});
