import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderRoutes } from '../../../test/render';
import { SaveAsSource } from './save-as-source';

describe('SaveAsSource', () => {
  it('keeps the options of an import with the address of its source', async () => {
    const calls = fakeApi({
      'POST /api/import-recipes': [
        { status: 400, body: { title: 'Bad request', status: 400, detail: 'x', errors: [{ name: 'url', message: 'must be an http(s) URL' }] } },
        { status: 201, body: { id: 5, name: 'PIL Eurostat' } },
      ],
    });
    const options = { format: 'eurostat-tsv', indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB' } };
    renderRoutes([{ path: '/gestione/importazioni/7', element: <SaveAsSource options={options} fileName="nama_10r_3gdp.tsv" /> }], {
      route: '/gestione/importazioni/7',
      session: sessionOf('analyst'),
    });
    fireEvent.click(screen.getByText('Salva queste opzioni come fonte'));
    const form = screen.getByRole('form', { name: 'Salva queste opzioni come fonte' });
    fireEvent.change(within(form).getByLabelText(/^Nome/), { target: { value: 'PIL Eurostat' } });
    fireEvent.change(within(form).getByLabelText(/^Indirizzo della fonte/), { target: { value: 'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/nama_10r_3gdp' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Salva come fonte' }));
    expect((await within(form).findAllByText('must be an http(s) URL')).length).toBeGreaterThan(0);
    fireEvent.click(within(form).getByRole('button', { name: 'Salva come fonte' }));
    expect(await screen.findByText(/Fonte «PIL Eurostat» salvata\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vai alle fonti dei dati' }).getAttribute('href')).toContain('/gestione/fonti');
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST').length).toBe(2));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'PIL Eurostat',
      url: 'https://ec.europa.eu/eurostat/api/dissemination/sdmx/2.1/data/nama_10r_3gdp',
      format: 'eurostat-tsv',
      options: { indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB' } },
    });
  });
});
