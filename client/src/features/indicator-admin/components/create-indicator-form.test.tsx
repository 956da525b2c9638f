import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { CreateIndicatorForm } from './create-indicator-form';

describe('CreateIndicatorForm', () => {
  it('checks the code first, sends the metadata filled in, and shows a taken code on its field', async () => {
    const calls = fakeApi({
      'POST /api/indicators': {
        status: 409,
        body: { title: 'Conflitto / Conflict', status: 409, detail: 'Indicator "CM_VERDE" already exists: choose another code.', errors: [{ name: 'code', message: 'is already used by another indicator' }] },
      },
    });
    renderWithProviders(<CreateIndicatorForm />, { session: sessionOf('analyst') });
    const create = await screen.findByRole('button', { name: "Crea l'indicatore" });
    fireEvent.change(screen.getByLabelText(/^Codice/), { target: { value: 'cm verde' } });
    fireEvent.change(screen.getByLabelText('Nome (obbligatorio)'), { target: { value: 'Verde pubblico' } });
    fireEvent.click(create);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Codice: Il codice deve avere da 2 a 40 lettere maiuscole, cifre, _ o -, iniziando con una lettera.',
    ]);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText(/^Codice/), { target: { value: 'cm_verde' } });
    fireEvent.change(screen.getByLabelText('Unità di misura'), { target: { value: 'm²/ab.' } });
    fireEvent.click(create);
    await waitFor(() => expect(screen.getByLabelText(/^Codice/).getAttribute('aria-invalid')).toBe('true'));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ code: 'CM_VERDE', name: 'Verde pubblico', unit: 'm²/ab.', source: 'ente', kind: 'constructed', polarity: 'neutral', frequency: 'annual' });
  });
});
