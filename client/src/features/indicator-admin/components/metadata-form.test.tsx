import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { backofficeIndicatorOf, indicatorOf, noTargetsRoutes } from '../testing/fixtures';
import { IndicatorAdmin } from './indicator-admin';

function setup(routes: Parameters<typeof fakeApi>[0] = {}) {
  const calls = fakeApi({ 'GET /api/backoffice/indicators/KILLINJ': { body: backofficeIndicatorOf() }, ...noTargetsRoutes, ...routes });
  renderWithProviders(<IndicatorAdmin code="KILLINJ" />, { session: sessionOf('analyst') });
  return calls;
}

async function saveButton() {
  const button = await screen.findByRole('button', { name: 'Salva i metadati' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  return button;
}

describe('IndicatorAdmin metadata form', () => {
  it('says what an imported indicator still lacks and explains the polarity in words', async () => {
    setup();
    expect(await screen.findByText('Metadati da completare')).toBeTruthy();
    const polarity = screen.getByRole('group', { name: 'Polarità' });
    expect(within(polarity).getAllByRole('radio')).toHaveLength(3);
    expect(within(polarity).getByRole('radio', { name: 'Neutrale' })).toHaveProperty('checked', true);
    expect(within(polarity).getByText(/Una diminuzione è un miglioramento/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Vedi la pagina pubblica' }).getAttribute('href')).toBe('/indicatori/KILLINJ');
  });

  it('checks the fields before sending anything and lists the errors, each tied to its field', async () => {
    const calls = setup();
    const save = await saveButton();
    fireEvent.change(screen.getByLabelText('Nome (obbligatorio)'), { target: { value: '  ' } });
    fireEvent.change(screen.getByLabelText('Decimali'), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('Indirizzo della fonte'), { target: { value: 'ftp://dati.istat.it' } });
    fireEvent.click(save);

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('Ci sono 3 errori da correggere');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Nome: Il campo è obbligatorio.',
      'Decimali: Scrivi un numero intero da 0 a 6, o lascia vuoto.',
      'Indirizzo della fonte: Scrivi un indirizzo che inizia con http:// o https://.',
    ]);
    const decimals = screen.getByLabelText('Decimali');
    expect(decimals.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(decimals.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe(
      'Scrivi un numero intero da 0 a 6, o lascia vuoto.',
    );
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('sends only what changed and shows the server’s field errors next to the fields', async () => {
    const calls = setup({
      'PATCH /api/indicators/KILLINJ': {
        status: 400,
        body: {
          title: 'Parametri non validi / Invalid parameters',
          status: 400,
          detail: 'unit: must not be empty (send null to clear it)',
          errors: [
            { name: 'unit', message: 'must not be empty (send null to clear it)' },
            { name: 'code', message: 'is not a known field' },
          ],
        },
      },
    });
    const save = await saveButton();
    fireEvent.change(screen.getByLabelText('Unità di misura'), { target: { value: 'numero' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Più basso è meglio' }));
    fireEvent.click(save);

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Unità di misura: must not be empty (send null to clear it)');
    expect(summary.textContent).toContain('code: is not a known field');
    expect(screen.getByLabelText('Unità di misura').getAttribute('aria-invalid')).toBe('true');
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toEqual({ unit: 'numero', polarity: 'lower_better' });
    expect(patch.headers.get('x-csrf-token')).toBe('csrf-token-123');
  });

  it('saves, clears emptied fields with null and keeps the answer as the new starting point', async () => {
    const saved = indicatorOf({ definition: 'Morti e feriti in incidenti stradali con lesioni a persone.', unit: 'numero', decimals: 0 });
    // Read again after the save: the server's answer then.
    const calls = setup({ 'PATCH /api/indicators/KILLINJ': { body: saved }, 'GET /api/backoffice/indicators/KILLINJ': [{ body: backofficeIndicatorOf() }, { body: backofficeIndicatorOf(saved) }] });
    const save = await saveButton();
    fireEvent.change(screen.getByLabelText('Definizione'), { target: { value: saved.definition } });
    fireEvent.change(screen.getByLabelText('Unità di misura'), { target: { value: 'numero' } });
    fireEvent.change(screen.getByLabelText('Decimali'), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '' } });
    fireEvent.click(save);
    expect(await screen.findByText('Metadati salvati.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ definition: saved.definition, unit: 'numero', decimals: 0, notes: null });
    expect(screen.queryByText('Metadati da completare')).toBeNull();
    expect(screen.getByRole('button', { name: 'Annulla le modifiche' })).toHaveProperty('disabled', true);
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup();
    expect(await screen.findByText('Metadata to complete')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Polarity' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Higher is better' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Targets' })).toBeTruthy();
  });
});
