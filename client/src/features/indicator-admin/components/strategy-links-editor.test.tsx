import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indicatorOf } from '../testing/fixtures';
import { StrategyLinksEditor } from './strategy-links-editor';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';

const PATH = '/api/plans/psm-2024-2026/strategies/2.1/indicators';
const links = {
  plan: 'psm-2024-2026',
  strategy: '2.1',
  items: [
    { indicator: 'BES_03LAV001-N22', name: 'Tasso di occupazione 20-64 anni', demonstration: true, rationale: 'Misura il lavoro.', position: 1 },
    { indicator: 'BES_02IST006-N22', name: 'Giovani NEET', demonstration: true, rationale: null, position: 2 },
    { indicator: 'MOV_TASSO_DI_CRESCITA', name: 'Tasso di crescita delle imprese', demonstration: false, rationale: null, position: 3 },
  ],
};
const catalogue = {
  items: [
    indicatorOf({ code: 'BES_03LAV001-N22', name: 'Tasso di occupazione 20-64 anni', notes: null }),
    indicatorOf({ code: 'BES_10AMB001P', name: 'Concentrazione media annua di PM10', notes: null }),
    indicatorOf({ code: 'EUROSTAT_GDP_EUR_HAB', name: 'PIL per abitante', notes: null }),
  ],
  page: 1,
  pageSize: 200,
  total: 3,
};
const tree = {
  plan: {},
  axes: [{ code: '2', title: 'Asse 2', strategies: [{ code: '2.1', title: 'Lavoro e competenze', actions: [], indicatorCount: 3 }] }],
};

function setup(put: Parameters<typeof fakeApi>[0][string] = ({ body }) => ({ body: { ...links, items: (body as typeof links).items.map((i, k) => ({ ...i, name: 'x', position: k + 1 })) } })) {
  const calls = fakeApi({
    [`GET ${PATH}`]: { body: links },
    'GET /api/indicators?pageSize=200': { body: catalogue },
    'GET /api/plans/psm-2024-2026/tree': { body: tree },
    [`PUT ${PATH}`]: put,
  });
  renderWithProviders(<StrategyLinksEditor plan="psm-2024-2026" strategy="2.1" />, { session: sessionOf('analyst') });
  return calls;
}

const names = () => within(screen.getByRole('list', { name: 'Indicatori collegati' })).getAllByRole('heading').map((h) => h.textContent);

describe('StrategyLinksEditor', () => {
  it('explains that a demonstration link is our judgement, shown as such to the public', async () => {
    setup();
    expect(await screen.findByText('Che cosa vuol dire «dimostrativo»')).toBeTruthy();
    expect(screen.getByText(/Il pubblico lo vedrà con l'etichetta «Collegamento dimostrativo»/)).toBeTruthy();
    expect(await screen.findByText(/Scegli gli indicatori che misurano la strategia «Lavoro e competenze»/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /dimostrativo/, checked: false })).toBeTruthy();
  });

  it('reorders with the keyboard-reachable buttons, keeping the focus on the moved item, and saves the list in order', async () => {
    const calls = setup();
    await screen.findByRole('list', { name: 'Indicatori collegati' });
    expect(names()[0]).toContain('Tasso di occupazione 20-64 anni');
    expect(screen.getByRole('button', { name: 'Sposta su Tasso di occupazione 20-64 anni' })).toHaveProperty('disabled', true);

    fireEvent.click(screen.getByRole('button', { name: 'Sposta giù Tasso di occupazione 20-64 anni' }));
    expect(names()[1]).toContain('Tasso di occupazione 20-64 anni');
    expect(screen.getByText('Tasso di occupazione 20-64 anni ora è in posizione 2 di 3.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Sposta giù Tasso di occupazione 20-64 anni'));

    fireEvent.click(screen.getByRole('button', { name: 'Sposta su Tasso di crescita delle imprese' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rimuovi Giovani NEET' }));
    fireEvent.click(screen.getAllByRole('checkbox', { name: /dimostrativo/ })[1]!);

    // Add PM10 through the search: the list narrows, linked indicators are not offered.
    fireEvent.change(screen.getByLabelText('Cerca un indicatore'), { target: { value: 'pm10' } });
    const choice = screen.getByLabelText('Indicatore da aggiungere');
    expect(within(choice).getAllByRole('option').map((o) => o.textContent)).toEqual(['Scegli…', 'Concentrazione media annua di PM10 (BES_10AMB001P)']);
    fireEvent.change(choice, { target: { value: 'BES_10AMB001P' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi' }));
    fireEvent.change(screen.getAllByLabelText('Motivazione')[2]!, { target: { value: 'La qualità dell’aria incide sulla salute.' } });
    expect(screen.getByText('Ci sono modifiche non salvate.')).toBeTruthy();

    const save = screen.getByRole('button', { name: 'Salva i collegamenti' });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    fireEvent.click(save);
    expect(await screen.findByText('Collegamenti salvati.')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.headers.get('x-csrf-token')).toBe('csrf-token-123');
    expect(put.body).toEqual({
      items: [
        { indicator: 'MOV_TASSO_DI_CRESCITA', demonstration: false, rationale: null },
        { indicator: 'BES_03LAV001-N22', demonstration: false, rationale: 'Misura il lavoro.' },
        { indicator: 'BES_10AMB001P', demonstration: true, rationale: 'La qualità dell’aria incide sulla salute.' },
      ],
    });
  });

  it('shows a 400 naming items[i].indicator on that row', async () => {
    setup({
      status: 400,
      body: {
        title: 'Parametri non validi / Invalid parameters',
        status: 400,
        detail: 'items.1.indicator: no indicator with code "BES_02IST006-N22"',
        errors: [{ name: 'items.1.indicator', message: 'no indicator with code "BES_02IST006-N22"' }],
      },
    });
    await screen.findByRole('list', { name: 'Indicatori collegati' });
    fireEvent.click(screen.getByRole('button', { name: 'Sposta giù Giovani NEET' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sposta su Giovani NEET' }));
    const save = screen.getByRole('button', { name: 'Salva i collegamenti' });
    fireEvent.click(screen.getAllByRole('checkbox', { name: /dimostrativo/ })[0]!);
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    fireEvent.click(save);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('link').textContent).toBe('Giovani NEET: no indicator with code "BES_02IST006-N22"');
    const list = screen.getByRole('list', { name: 'Indicatori collegati' });
    const row = within(list).getAllByRole('listitem').find((li) => li.textContent?.includes('Giovani NEET'))!;
    expect(row.className).toContain('links-item--error');
    expect(within(row).getByText('no indicator with code "BES_02IST006-N22"')).toBeTruthy();
  });
});
