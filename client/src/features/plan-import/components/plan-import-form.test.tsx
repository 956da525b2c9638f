import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlanImportResult } from '@psm/server/contract';
import { i18n } from '../../../i18n/i18n';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { PlanImportForm } from './plan-import-form';

const result = (over: Partial<PlanImportResult> = {}): PlanImportResult => ({
  plan: 'psm-2024-2026',
  dryRun: true,
  planCreated: false,
  file: { name: 'psm-2024-2026.csv', format: 'csv', rows: 14, checksum: 'x' },
  created: { axes: 0, strategies: 2, actions: 3 },
  updated: { axes: 1, strategies: 0, actions: 0 },
  unchanged: 8,
  ...over,
});

function setup(routes: Parameters<typeof fakeApi>[0]) {
  const calls = fakeApi({ 'GET /api/plans': { body: { items: [{ code: 'psm-2024-2026' }] } }, ...routes });
  // Signed in, as the back-office shell around the form makes sure.
  renderWithProviders(<PlanImportForm />, { session: sessionOf('admin') });
  return calls;
}

async function fill() {
  const file = new File(['code;parent_code;title;description\n1;;Asse;\n'], 'psm-2024-2026.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText(/File della struttura/, { selector: 'input' }), { target: { files: [file] } });
  fireEvent.change(screen.getByLabelText('Codice del piano'), { target: { value: 'psm-2024-2026' } });
  fireEvent.change(screen.getByLabelText('Periodo'), { target: { value: '2024-2026' } });
  const verify = screen.getByRole('button', { name: 'Verifica' });
  await waitFor(() => expect(verify).toHaveProperty('disabled', false));
  return verify;
}

describe('PlanImportForm', () => {
  it('runs the dry run and lists the file’s problems by row and column (422)', async () => {
    const calls = setup({
      'POST /api/plans/import?dryRun=true': {
        status: 422,
        body: {
          title: 'File non valido / Invalid file',
          status: 422,
          detail: 'psm-2024-2026.csv: 2 problem(s); nothing was written.',
          errors: [
            { row: 4, column: 'code', message: '"2.x" is not a plan code: use 1 (axis), 1.2 (strategy) or 1.2.3 (action)' },
            { row: 7, column: 'parent_code', message: 'parent "9" of "9.1" is neither in the file nor in the plan' },
          ],
        },
      },
    });
    fireEvent.click(await fill());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Il file contiene errori: nulla è stato scritto');
    const table = screen.getByRole('table', { name: 'Problemi del file, per riga e colonna' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['4', 'code', '"2.x" is not a plan code: use 1 (axis), 1.2 (strategy) or 1.2.3 (action)'],
      ['7', 'parent_code', 'parent "9" of "9.1" is neither in the file nor in the plan'],
    ]);
    expect(screen.getByRole('button', { name: 'Importa' })).toHaveProperty('disabled', true);
    const post = calls.find((c) => c.method === 'POST')!;
    const form = post.body as FormData;
    expect(form.get('plan')).toBe('psm-2024-2026');
    expect(form.get('period')).toBe('2024-2026');
    expect(form.has('title')).toBe(false);
    expect((form.get('file') as File).name).toBe('psm-2024-2026.csv');
    expect(post.headers.get('x-csrf-token')).toBe('csrf-token-123');
  });

  it('shows what the dry run would change, then imports the same file', async () => {
    const calls = setup({
      'POST /api/plans/import?dryRun=true': { body: result() },
      'POST /api/plans/import': { status: 201, body: result({ dryRun: false }) },
    });
    const importButton = screen.getByRole('button', { name: 'Importa' });
    fireEvent.click(await fill());
    expect(await screen.findByRole('heading', { name: 'Verifica: che cosa cambierebbe' })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Voci del file per livello' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['LivelloNuoveModificate', 'Assi01', 'Strategie20', 'Azioni30', 'Totale51']);
    expect(screen.getByText('8 voci già presenti e invariate.')).toBeTruthy();

    await waitFor(() => expect(importButton).toHaveProperty('disabled', false));
    fireEvent.click(importButton);
    expect(await screen.findByRole('heading', { name: 'Importazione completata' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Apri la pagina pubblica del piano' }).getAttribute('href')).toBe('/piani/psm-2024-2026');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/plans/import?dryRun=true', '/api/plans/import']);
  });

  it('asks to check again when a field changes after the dry run, and names bad fields (400)', async () => {
    setup({
      'POST /api/plans/import?dryRun=true': [
        { body: result() },
        { status: 400, body: { title: 'Invalid', status: 400, detail: 'period: must end in or after the year it starts', errors: [{ name: 'period', message: 'must end in or after the year it starts' }] } },
      ],
    });
    fireEvent.click(await fill());
    await screen.findByRole('heading', { name: 'Verifica: che cosa cambierebbe' });
    fireEvent.change(screen.getByLabelText('Periodo'), { target: { value: '2026-2024' } });
    expect(screen.getByText(/Il file o i dati sono cambiati dall'ultima verifica/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Importa' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'Verifica' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Periodo: must end in or after the year it starts');
    expect(screen.getByLabelText('Periodo').getAttribute('aria-invalid')).toBe('true');
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup({});
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByLabelText(/Structure file/, { selector: 'input' })).toBeTruthy();
    expect(await screen.findByText(/Plans already loaded: psm-2024-2026/)).toBeTruthy();
  });
});
