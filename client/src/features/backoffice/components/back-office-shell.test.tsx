import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';
import { BackOfficeShell } from './back-office-shell';
import { RequireRole } from './require-role';

const shell = (content = <p>contenuto riservato</p>) => [
  { path: '/gestione/*', element: <BackOfficeShell>{content}</BackOfficeShell> },
  { path: '*', element: <LocationProbe /> },
];

describe('BackOfficeShell', () => {
  it('sends a visitor to the login page with the page to come back to', async () => {
    fakeApi({}, { session: null });
    renderRoutes(shell(), { route: '/gestione/azioni?piano=psm-2024-2026' });
    expect(await screen.findByTestId('location')).toHaveProperty('textContent', '/accedi?next=%2Fgestione%2Fazioni%3Fpiano%3Dpsm-2024-2026');
    expect(screen.queryByText('contenuto riservato')).toBeNull();
  });

  it('shows the user, the role in words and the sections of a manager', () => {
    renderRoutes(shell(), { route: '/gestione', session: sessionOf('manager') });
    expect(screen.getByText('Prova manager')).toBeTruthy();
    expect(screen.getByText('Responsabile di azioni')).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: "Sezioni dell'area riservata" });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Inizio', 'Le mie azioni']);
    expect(within(nav).getByRole('link', { name: 'Inizio' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('contenuto riservato')).toBeTruthy();
  });

  it('gives an analyst imports, data sources, indicators and reports, and an admin every section', () => {
    const { unmount } = renderRoutes(shell(), { route: '/gestione', session: sessionOf('analyst') });
    let nav = screen.getByRole('navigation', { name: "Sezioni dell'area riservata" });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual(['Inizio', 'Importazioni', 'Fonti dei dati', 'Indicatori', 'Rapporti']);
    unmount();
    renderRoutes(shell(), { route: '/gestione/utenti', session: sessionOf('admin') });
    nav = screen.getByRole('navigation', { name: "Sezioni dell'area riservata" });
    expect(within(nav).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Inizio',
      'Le mie azioni',
      'Dettagli azioni',
      'Importazioni',
      'Fonti dei dati',
      'Indicatori',
      'Rapporti',
      'Rilevazioni',
      'Struttura del piano',
      'Utenti',
      'Uffici',
      'Strumenti di pianificazione',
      'Registro',
    ]);
    expect(within(nav).getByRole('link', { name: 'Utenti' }).getAttribute('aria-current')).toBe('page');
  });

  it('signs out with the CSRF token and goes home', async () => {
    const calls = fakeApi({ 'POST /api/auth/logout': { body: { loggedOut: true } } }, { session: null });
    renderRoutes(shell(), { route: '/gestione', session: sessionOf('manager') });
    fireEvent.click(screen.getByRole('button', { name: 'Esci' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    const logout = calls.find((c) => c.url === '/api/auth/logout')!;
    expect(logout.headers.get('X-CSRF-Token')).toBe('csrf-token-123');
  });

  it('tells a role it may not use a page, without crashing', () => {
    renderRoutes(
      shell(
        <RequireRole roles={['analyst']}>
          <p>importazioni</p>
        </RequireRole>,
      ),
      { route: '/gestione/importazioni', session: sessionOf('manager') },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Non hai i permessi per questa pagina' })).toBeTruthy();
    expect(screen.getByText(/riservata a: Analista del monitoraggio, Amministratore/)).toBeTruthy();
    expect(screen.queryByText('importazioni')).toBeNull();
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    renderRoutes(shell(), { route: '/gestione?lang=en', session: sessionOf('analyst') });
    expect(screen.getByText('Monitoring analyst')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Imports' })).toBeTruthy();
  });
});
