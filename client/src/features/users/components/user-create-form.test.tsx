import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderRoutes } from '../../../test/render';
import { UserCreateForm } from './user-create-form';

const offices = [
  { code: 'UFF-SVI', name: 'Sviluppo economico', parentName: null, retiredAt: null },
  { code: 'UFF-OLD', name: 'Ufficio soppresso', parentName: null, retiredAt: '2026-01-01T00:00:00.000Z' },
];

function fill(v: { email?: string; name?: string; role?: string; office?: string; password?: string; repeat?: string }) {
  if (v.email !== undefined) fireEvent.change(screen.getByLabelText(/Indirizzo e-mail/), { target: { value: v.email } });
  if (v.name !== undefined) fireEvent.change(screen.getByLabelText(/Nome e cognome/), { target: { value: v.name } });
  if (v.role !== undefined) fireEvent.change(screen.getByLabelText(/^Ruolo/), { target: { value: v.role } });
  if (v.office !== undefined) {
    // The office is a combobox: type part of the code, then choose the option.
    fireEvent.change(screen.getByRole('combobox', { name: /^Ufficio/ }), { target: { value: v.office } });
    fireEvent.mouseDown(screen.getByRole('option', { name: new RegExp(v.office) }));
  }
  if (v.password !== undefined) fireEvent.change(screen.getByLabelText(/^Password iniziale/), { target: { value: v.password } });
  if (v.repeat !== undefined) fireEvent.change(screen.getByLabelText(/^Ripeti la password/), { target: { value: v.repeat } });
}
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Crea l’utente' }));
const render = () => renderRoutes([{ path: '*', element: <UserCreateForm offices={offices} /> }], { route: '/gestione/utenti', session: sessionOf('admin') });

describe('UserCreateForm', () => {
  it('checks e-mail, role and password (≥ 12 characters, typed twice) before sending', async () => {
    const calls = fakeApi({});
    render();
    fill({ email: 'nobody', password: 'short' });
    submit();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Il modulo contiene 3 errori');
    expect(screen.getByLabelText(/Indirizzo e-mail/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Scegli il ruolo.')).toBeTruthy();
    expect(screen.getByText('La password deve avere almeno 12 caratteri.')).toBeTruthy();
    fill({ email: 'm@example.org', role: 'manager', password: 'a-good-long-password', repeat: 'a-different-password' });
    submit();
    await waitFor(() => expect(screen.getByText('Le due password non coincidono.')).toBeTruthy());
    expect(screen.getByLabelText(/^Ripeti la password/).getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('shows the server’s refusals on the fields: e-mail taken (409), unknown office (400)', async () => {
    const calls = fakeApi({
      'POST /api/users': (_c, n) =>
        n === 0
          ? { status: 409, body: { type: '/api/docs#problem-conflict', status: 409, detail: 'An account with e-mail m@example.org already exists.' } }
          : { status: 400, body: { type: '/api/docs#problem-invalid-params', status: 400, errors: [{ name: 'office', message: 'office "UFF-SVI" is retired: choose an active office' }] } },
    });
    render();
    fill({ email: 'm@example.org', name: 'Maria Rossi', role: 'manager', office: 'UFF-SVI', password: 'a-good-long-password', repeat: 'a-good-long-password' });
    submit();
    await waitFor(() => expect(screen.getByText('Esiste già un account con questo indirizzo.')).toBeTruthy());
    expect(screen.getByLabelText(/Indirizzo e-mail/).getAttribute('aria-invalid')).toBe('true');
    submit();
    await waitFor(() => expect(screen.getByLabelText(/^Ufficio/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Il server non ha accettato questo valore: office "UFF-SVI" is retired: choose an active office')).toBeTruthy();
    expect(calls[0]).toMatchObject({ method: 'POST', body: { email: 'm@example.org', name: 'Maria Rossi', role: 'manager', office: 'UFF-SVI', password: 'a-good-long-password' } });
    expect(calls[0]!.headers.get('X-CSRF-Token')).toBe('csrf-token-123');
  });

  it('offers the active offices only, by name and code', async () => {
    fakeApi({});
    render();
    fill({ role: 'manager' });
    fireEvent.focus(screen.getByRole('combobox', { name: /^Ufficio/ }));
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Sviluppo economico (UFF-SVI)']);
  });

  it('creates the user and says so', async () => {
    fakeApi({ 'POST /api/users': { status: 201, body: { id: 9, email: 'a@example.org', name: null, role: 'analyst', office: null, active: true, lastLoginAt: null, createdAt: '2026-11-24T10:00:00Z' } } });
    render();
    fill({ email: 'a@example.org', role: 'analyst', password: 'a-good-long-password', repeat: 'a-good-long-password' });
    submit();
    expect((await screen.findByRole('status')).textContent).toBe('Utente a@example.org creato.');
    expect((screen.getByLabelText(/Indirizzo e-mail/) as HTMLInputElement).value).toBe('');
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    fakeApi({});
    render();
    fireEvent.click(screen.getByRole('button', { name: 'Create the user' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter the e-mail address.');
  });
});
