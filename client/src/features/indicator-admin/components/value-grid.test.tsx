import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IndicatorValue, ValuesReport } from '@psm/server/contract';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { ValueGrid } from './value-grid';

const SAVE = '/api/indicators/CM_VERDE/values';
const values: IndicatorValue[] = [
  { territory: { code: 'ITC11', name: 'Torino (CM)' }, period: '2023', value: 12.5, provisional: false, estimated: false, breakInSeries: false, note: null, sourceDocument: 'DCM 12/2024', batchId: 4 },
];
const territories = {
  items: [
    { code: 'ITC11', name: 'Torino (CM)', level: 'citta_metropolitana' },
    { code: '001272', name: 'Torino', level: 'comune' },
  ],
  total: 2,
};
const state = (value: number) => ({ value, provisional: false, estimated: false, breakInSeries: false, note: null, sourceDocument: null });
const report = (over: Partial<ValuesReport>): ValuesReport => ({
  status: 'previewed',
  mode: 'preview',
  file: { name: 'inserimento-manuale-CM_VERDE.json', size: 10, checksum: 'x', format: 'manuale', formatLabel: 'Inserimento manuale / Manual entry' },
  options: { indicator: 'CM_VERDE' },
  batchId: null,
  alreadyImported: null,
  counts: { records: 2, filteredOut: 0, missing: 0, valid: 2, inserted: 1, updated: 1, unchanged: 0, errors: 0 },
  indicators: [],
  territories: 2,
  periods: null,
  dimensions: [],
  errors: [],
  errorsTruncated: false,
  changes: [
    { territory: { code: '001272', name: 'Torino' }, period: '2024', before: null, after: state(3.5) },
    { territory: { code: 'ITC11', name: 'Torino (CM)' }, period: '2023', before: { ...state(12.5), sourceDocument: 'DCM 12/2024' }, after: { ...state(13), sourceDocument: 'DCM 12/2024' } },
  ],
  changesTruncated: false,
  ...over,
});

function setup(save: Parameters<typeof fakeApi>[0][string]) {
  const calls = fakeApi({ 'GET /api/territories': { body: territories }, [`POST ${SAVE}?dryRun=true`]: save, [`POST ${SAVE}?dryRun=false`]: { status: 201, body: report({ status: 'committed', mode: 'commit', batchId: 9 }) } });
  renderWithProviders(<ValueGrid code="CM_VERDE" values={values} decimals={1} />, { session: sessionOf('analyst') });
  return calls;
}

describe('ValueGrid', () => {
  it('edits a value, adds a row, previews the changes before → after and confirms the batch', async () => {
    const calls = setup({ body: report({}) });
    fireEvent.change(screen.getByLabelText('Valore: Torino (CM) 2023'), { target: { value: '13' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi una riga' }));
    // About 330 territories: the picker is a list one types in; a code finds it, a click chooses it.
    const picker = await screen.findByRole('combobox', { name: 'Territorio: nuova riga 2' });
    fireEvent.change(picker, { target: { value: '001272' } });
    fireEvent.mouseDown(await screen.findByRole('option', { name: /\(001272\)/ }));
    fireEvent.change(screen.getByLabelText('Periodo: nuova riga 2'), { target: { value: '2024' } });
    fireEvent.change(screen.getByLabelText('Valore: nuova riga 2'), { target: { value: '3,5' } });
    fireEvent.click(screen.getByLabelText('Stimato: nuova riga 2'));
    fireEvent.click(screen.getByRole('button', { name: 'Anteprima' }));

    const preview = await screen.findByRole('region', { name: 'Anteprima del salvataggio' });
    expect(within(preview).getByText('1 nuovo, 1 modificato, 0 invariati, 0 senza valore')).toBeTruthy();
    const rows = within(preview).getAllByRole('row').map((r) => r.textContent);
    expect(rows[1]).toBe('Torino2024nuovo3,5');
    expect(rows[2]).toBe('Torino (CM)202312,5 · DCM 12/202413,0 · DCM 12/2024');
    const sent = calls.find((c) => c.method === 'POST')!;
    expect(sent.body).toEqual({
      rows: [
        { territory: 'ITC11', period: '2023', value: '13', provisional: false, estimated: false, breakInSeries: false, note: null, sourceDocument: 'DCM 12/2024' },
        { territory: '001272', period: '2024', value: '3,5', provisional: false, estimated: true, breakInSeries: false, note: null, sourceDocument: null },
      ],
    });
    expect(sent.headers.get('x-csrf-token')).toBe('csrf-token-123');

    fireEvent.click(within(preview).getByRole('button', { name: 'Conferma' }));
    expect(await screen.findByText('Salvato: lotto n. 9 (1 nuovo, 1 modificato).')).toBeTruthy();
    expect(calls.filter((c) => c.url.endsWith('dryRun=false'))).toHaveLength(1);
  });

  it('lists the refused cells, each a link to its cell, and writes nothing', async () => {
    const calls = setup({
      status: 422,
      body: {
        title: 'Valori non validi / Invalid values',
        status: 422,
        detail: '1 problem(s) in the values: nothing was saved.',
        errors: [
          {
            row: 1,
            column: 'value',
            name: 'ITC11 2023',
            message: 'Territory ITC11, period 2023: "dodici" is not a number.',
            code: 'value.notNumber',
            params: { value: 'dodici', territory: 'ITC11', period: '2023' },
          },
        ],
      },
    });
    fireEvent.change(screen.getByLabelText('Valore: Torino (CM) 2023'), { target: { value: 'dodici' } });
    fireEvent.click(screen.getByRole('button', { name: 'Anteprima' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link');
    expect(link.textContent).toContain('ITC11 2023');
    expect(link.getAttribute('href')).toBe(`#${screen.getByLabelText('Valore: Torino (CM) 2023').id}`);
    // In the user's language, and the refused cell is marked for assistive technology too.
    expect(summary.textContent).toContain('"dodici" non è un numero: scrivi per esempio 12,5');
    expect(summary.textContent).not.toContain('is not a number');
    expect(screen.getByLabelText('Valore: Torino (CM) 2023').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Nota: Torino (CM) 2023').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Conferma' })).toBeNull();
    expect(calls.filter((c) => c.url.endsWith('dryRun=false'))).toHaveLength(0);
  });
});
