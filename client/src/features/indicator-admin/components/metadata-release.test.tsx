import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { backofficeIndicatorOf, indicatorOf, noTargetsRoutes } from '../testing/fixtures';
import { IndicatorAdmin } from './indicator-admin';

const OFFICES = { items: [{ id: 7, code: 'STAT', name: 'Ufficio statistica' }, { id: 9, code: 'AMB', name: 'Ambiente' }] };

function setup(routes: Parameters<typeof fakeApi>[0] = {}) {
  const calls = fakeApi({ 'GET /api/backoffice/indicators/KILLINJ': { body: backofficeIndicatorOf() }, 'GET /api/office-choices': { body: OFFICES }, ...noTargetsRoutes, ...routes });
  renderWithProviders(<IndicatorAdmin code="KILLINJ" />, { session: sessionOf('analyst') });
  return calls;
}

async function saveButton() {
  const button = await screen.findByRole('button', { name: 'Salva i metadati' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  return button;
}

describe('IndicatorAdmin release dates and office', () => {
  it('sends the release date, next release and the office chosen by typing', async () => {
    const saved = indicatorOf({ releaseDate: '2025-12-18', nextRelease: '2027-03-01', responsibleOfficeId: 7 });
    const calls = setup({ 'PATCH /api/indicators/KILLINJ': { body: saved } });
    const save = await saveButton();
    fireEvent.change(screen.getByLabelText('Data di rilascio della fonte'), { target: { value: '2025-12-18' } });
    fireEvent.change(screen.getByLabelText('Prossimo aggiornamento'), { target: { value: '2027-03-01' } });
    const office = screen.getByLabelText('Ufficio responsabile');
    await waitFor(() => expect(screen.getByText(/Scrivi parte del nome/)).toBeTruthy());
    fireEvent.change(office, { target: { value: 'statis' } });
    fireEvent.mouseDown(await screen.findByRole('option', { name: 'Ufficio statistica (STAT)' }));
    fireEvent.click(save);
    expect(await screen.findByText('Metadati salvati.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ releaseDate: '2025-12-18', nextRelease: '2027-03-01', responsibleOfficeId: 7 });
  });

  it('refuses a next release before the release date, tied to the field, sending nothing', async () => {
    const calls = setup();
    const save = await saveButton();
    fireEvent.change(screen.getByLabelText('Data di rilascio della fonte'), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('Prossimo aggiornamento'), { target: { value: '2026-01-01' } });
    fireEvent.click(save);
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      'Prossimo aggiornamento: Il prossimo aggiornamento non può precedere la data di rilascio.',
    ]);
    expect(screen.getByLabelText('Prossimo aggiornamento').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });
});
