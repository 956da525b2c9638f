import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';
import { SetupView } from './setup-view';

const routes = [
  { path: '/configurazione', element: <SetupView /> },
  { path: '*', element: <LocationProbe /> },
];

function fill(v: { code: string; email: string; password: string; again?: string }) {
  fireEvent.change(screen.getByLabelText(/^Codice monouso/), { target: { value: v.code } });
  fireEvent.change(screen.getByLabelText(/^Nome e cognome/), { target: { value: 'Prima Amministratrice' } });
  fireEvent.change(screen.getByLabelText(/^Indirizzo e-mail/), { target: { value: v.email } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: v.password } });
  fireEvent.change(screen.getByLabelText(/^Ripeti la password/), { target: { value: v.again ?? v.password } });
  fireEvent.click(screen.getByRole('button', { name: "Crea l'amministratore" }));
}

describe('SetupView', () => {
  it('creates the first administrator with the console code and opens the back-office', async () => {
    const calls = fakeApi({ 'GET /api/setup': { body: { needed: true } }, 'POST /api/setup': { status: 201, body: sessionOf('admin') } });
    renderRoutes(routes, { route: '/configurazione', session: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Configurazione iniziale' })).toBeTruthy();
    fill({ code: 'abcd-efgh-jkmn', email: ' capo@ente.it ', password: 'correct horse battery' });
    expect(await screen.findByTestId('location')).toHaveProperty('textContent', '/gestione');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      url: '/api/setup',
      body: { code: 'abcd-efgh-jkmn', name: 'Prima Amministratrice', email: 'capo@ente.it', password: 'correct horse battery' },
    });
  });

  it('checks the fields first, then says a wrong code at the code field', async () => {
    const calls = fakeApi({
      'GET /api/setup': { body: { needed: true } },
      'POST /api/setup': { status: 403, body: { title: 'Codice non valido / Wrong code', status: 403, errors: [{ name: 'code', message: 'is not the code' }] } },
    });
    renderRoutes(routes, { route: '/configurazione', session: null });
    await screen.findByRole('heading', { level: 1 });
    fill({ code: 'X', email: 'capo@ente.it', password: 'short', again: 'other' });
    expect(await screen.findByText('La password deve avere almeno 12 caratteri.')).toBeTruthy();
    expect(screen.getByText('Le due password non coincidono.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fill({ code: 'WRONG-CODE-0000', email: 'capo@ente.it', password: 'correct horse battery' });
    expect(await screen.findByText(/Non è il codice scritto dal server/)).toBeTruthy();
    expect(screen.getByLabelText(/^Codice monouso/).getAttribute('aria-invalid')).toBe('true');
  });

  it('is closed for good once an administrator exists', async () => {
    fakeApi({ 'GET /api/setup': { body: { needed: false } } });
    renderRoutes(routes, { route: '/configurazione', session: null });
    expect(await screen.findByText('La configurazione iniziale è già stata fatta')).toBeTruthy();
    expect(screen.getByRole('link', { name: "Vai all'accesso" }).getAttribute('href')).toBe('/accedi');
    expect(screen.queryByRole('form')).toBeNull();
  });
});
