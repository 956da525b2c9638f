import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActionRegisterResult } from '@psm/server/contract';
import { fakeApi, sessionOf, type Answer } from '../../../test/fake-api';
import { renderRoutes } from '../../../test/render';
import { ActionRegister } from './action-register';

const URL_REGISTER = '/api/plans/psm-2024-2026/actions/register';
const result = (dryRun: boolean): ActionRegisterResult => ({
  dryRun,
  file: { name: 'registro.csv', format: 'csv', rows: 2 },
  updated: 1,
  unchanged: 1,
  actions: [
    { row: 2, code: '1.1.2', title: 'Rafforzare la rete dei servizi', outcome: 'updated', changes: [{ field: 'office', before: null, after: 'UFF-MOB' }, { field: 'milestones', before: 'Avvio | 2026-01-31', after: null }] },
    { row: 3, code: '2.1.2', title: 'Sostenere le imprese', outcome: 'unchanged', changes: [] },
  ],
});

function setup(answers: { check: Answer; load?: Answer }) {
  const calls = fakeApi({ [`POST ${URL_REGISTER}?dryRun=true`]: answers.check, [`POST ${URL_REGISTER}?dryRun=false`]: answers.load ?? { status: 500 } });
  renderRoutes([{ path: '*', element: <ActionRegister plan="psm-2024-2026" /> }], { route: '/gestione/piani/psm-2024-2026/azioni/registro', session: sessionOf('admin') });
  fireEvent.change(screen.getByLabelText(/Scegli il file/), { target: { files: [new File(['codice_azione;ufficio\n1.1.2;UFF-MOB\n'], 'registro.csv', { type: 'text/csv' })] } });
  return calls;
}

describe('ActionRegister', () => {
  it('offers the template, checks the file (dry run), shows each change before → after, then loads it', async () => {
    const calls = setup({ check: { body: result(true) }, load: { body: result(false) } });
    expect(screen.getByRole('link', { name: /Scarica il modello/ }).getAttribute('href')).toBe(`${URL_REGISTER}/template.xlsx`);
    const load = screen.getByRole('button', { name: 'Carica il registro' });
    expect(load.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Verifica (non scrive nulla)' }));
    expect(await screen.findByText('Verifica: ecco cosa cambierebbe')).toBeTruthy();
    expect(screen.getByText('1 azione da aggiornare, 1 senza modifiche (2 righe nel file).')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Modifiche per azione (prima → dopo)' });
    const rows = within(table).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toBe('21.1.2 Rafforzare la rete dei serviziUfficio(vuoto)UFF-MOB');
    expect(rows[2]).toBe('MilestoneAvvio | 2026-01-31(vuoto)');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Carica il registro' }));
    expect(await screen.findByText('Registro caricato')).toBeTruthy();
    expect(screen.getByRole('link', { name: '1.1.2' }).getAttribute('href')).toBe('/piani/psm-2024-2026/azioni/1.1.2');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual([`${URL_REGISTER}?dryRun=true`, `${URL_REGISTER}?dryRun=false`]);
    expect(calls[calls.length - 1]!.headers.get('X-CSRF-Token')).toBe('csrf-token-123');
  });

  it('lists every problem of the file by row and column, and does not offer the load', async () => {
    setup({
      check: {
        status: 422,
        body: {
          type: '/api/docs#problem-invalid-file',
          title: 'File non valido',
          status: 422,
          errors: [
            { row: 2, column: 'codice_azione', message: 'no action "9.9.9" in this plan' },
            { row: 3, column: 'inizio_previsto', message: 'must be a date YYYY-MM-DD' },
          ],
        },
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Verifica (non scrive nulla)' }));
    expect(await screen.findByText('Il file contiene errori: non è stato scritto nulla')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Errori del file per riga e colonna' });
    expect(within(table).getByText('no action "9.9.9" in this plan')).toBeTruthy();
    expect(within(table).getByText('inizio_previsto')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Carica il registro' }).hasAttribute('disabled')).toBe(true);
  });
});
