import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';
import { LoginView } from './login-view';

const routes = [
  { path: '/accedi', element: <LoginView /> },
  { path: '*', element: <LocationProbe /> },
];

function fill(email: string, password: string) {
  fireEvent.change(screen.getByLabelText(/Indirizzo e-mail|E-mail address/), { target: { value: email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /^(Accedi|Sign in)$/ }));
}

describe('LoginView', () => {
  it('on a fresh install with no administrator, points to the first setup', async () => {
    fakeApi({ 'GET /api/setup': { body: { needed: true } } });
    renderRoutes(routes, { route: '/accedi', session: null });
    expect((await screen.findByRole('link', { name: 'crea il primo con il codice scritto dal server' })).getAttribute('href')).toBe('/configurazione');
  });

  it('signs in, then goes to the `next` page of this site', async () => {
    const calls = fakeApi({ 'POST /api/auth/login': { body: sessionOf('manager') } });
    renderRoutes(routes, { route: '/accedi?next=%2Fgestione%2Fazioni%3Fpiano%3Dx', session: null });
    expect(screen.getByRole('heading', { level: 1, name: "Accedi all'area riservata" })).toBeTruthy();
    fill(' manager@example.org ', 'a-long-password');
    expect(await screen.findByTestId('location')).toHaveProperty('textContent', '/gestione/azioni?piano=x');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({ method: 'POST', url: '/api/auth/login', body: { email: 'manager@example.org', password: 'a-long-password' } });
  });

  it('never follows a `next` to another site', async () => {
    fakeApi({ 'POST /api/auth/login': { body: sessionOf('manager') } });
    renderRoutes(routes, { route: '/accedi?next=%2F%2Fevil.example%2Fx', session: null });
    fill('manager@example.org', 'a-long-password');
    expect(await screen.findByTestId('location')).toHaveProperty('textContent', '/gestione');
  });

  it('says "E-mail o password non corretti" on 401, in an alert that takes the focus, and empties the password', async () => {
    fakeApi({ 'POST /api/auth/login': { status: 401, body: { title: 'Autenticazione richiesta', status: 401, detail: 'Wrong e-mail or password.' } } });
    renderRoutes(routes, { route: '/accedi', session: null });
    fill('manager@example.org', 'wrong-password');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('E-mail o password non corretti.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect((screen.getByLabelText(/^Password/) as HTMLInputElement).value).toBe('');
  });

  it('on 429 gives the minutes to wait from Retry-After', async () => {
    fakeApi({ 'POST /api/auth/login': { status: 429, headers: { 'Retry-After': '841' }, body: { title: 'Troppi tentativi', status: 429 } } });
    renderRoutes(routes, { route: '/accedi', session: null });
    fill('manager@example.org', 'whatever-password');
    expect((await screen.findByRole('alert')).textContent).toContain('Riprova tra 15 minuti.');
  });

  it('checks the fields before sending, with the message tied to the field', async () => {
    const calls = fakeApi({});
    renderRoutes(routes, { route: '/accedi', session: null });
    fill('not-an-address', '');
    const email = screen.getByLabelText(/Indirizzo e-mail/);
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toMatch(/indirizzo e-mail valido/);
    expect(screen.getByText('Inserisci la password.')).toBeTruthy();
    expect(document.activeElement).toBe(email);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows and hides the password', () => {
    renderRoutes(routes, { route: '/accedi', session: null });
    const password = screen.getByLabelText(/^Password/) as HTMLInputElement;
    expect(password.type).toBe('password');
    fireEvent.click(screen.getByRole('button', { name: 'Mostra la password' }));
    expect(password.type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Nascondi la password' }));
    expect(password.type).toBe('password');
  });

  it('sends a signed-in user to the back-office', async () => {
    renderRoutes(routes, { route: '/accedi?next=%2Fpiani%2Fx', session: sessionOf('analyst') });
    expect(await screen.findByTestId('location')).toHaveProperty('textContent', '/gestione');
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    fakeApi({ 'POST /api/auth/login': { status: 401, body: { status: 401 } } });
    renderRoutes(routes, { route: '/accedi?lang=en', session: null });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to the staff area' })).toBeTruthy();
    fill('manager@example.org', 'wrong-password');
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong e-mail or password.');
  });
});
