import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderRoutes } from '../../../test/render';
import { roundDetail } from '../test/round-fixtures';
import { RoundDetailView } from './round-detail';

const URL = '/api/plans/psm-2024-2026/rounds/3';
const render = () =>
  renderRoutes([{ path: '/gestione/rilevazioni/:id', element: <RoundDetailView plan="psm-2024-2026" id={3} /> }], {
    route: '/gestione/rilevazioni/3?piano=psm-2024-2026',
    session: sessionOf('admin'),
  });

describe('RoundDetailView', () => {
  it('shows the progress per manager and office, highlights who has not reported and resends to them', async () => {
    const calls = fakeApi({ [URL]: { body: roundDetail({ deadline: '2099-01-15' }) }, [`POST ${URL}/resend`]: { status: 202, body: { queued: true, recipients: 1 } } });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Rilevazione 2026-S2' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /1 azione aggiornata su 3/ })).toBeTruthy();
    expect(screen.queryByText('Nessuna e-mail viene inviata')).toBeNull();

    const managers = screen.getByRole('table', { name: /Avanzamento per responsabile/ });
    const [, giulia, marco] = within(managers).getAllByRole('row');
    expect(giulia!.className).toContain('psm-round-late');
    // Before the deadline a manager who has not reported is not late yet.
    expect(giulia!.textContent).toContain('Deve aggiornare');
    expect(giulia!.textContent).not.toContain('In ritardo');
    expect(giulia!.textContent).toContain('Mancano: 1.1.1, 1.1.2');
    expect(giulia!.textContent).toContain('Apertura: Inviata (');
    expect(marco!.className).not.toContain('psm-round-late');
    expect(marco!.textContent).toContain('Non riuscita (');
    expect(marco!.textContent).toContain('Mailbox unavailable');
    expect(within(marco!).queryByRole('button')).toBeNull();

    const offices = screen.getByRole('table', { name: 'Avanzamento per ufficio' });
    expect(within(offices).getAllByRole('row')[1]!.textContent).toContain('Mobilità sostenibile (UFF-MOB)');
    expect(within(offices).getAllByRole('row')[2]!.textContent).toContain('Senza ufficio');

    fireEvent.click(within(giulia!).getByRole('button', { name: 'Reinvia a Giulia Ferrero' }));
    expect(await screen.findByText('E-mail messa in coda per 1 responsabile.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.url).toBe(`${URL}/resend`);
    expect(post.body).toEqual({ userId: 11 });
    expect(post.headers.get('X-CSRF-Token')).toBe('csrf-token-123');

    fireEvent.click(screen.getByRole('button', { name: 'Sollecita tutti i ritardatari' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'POST')[1]!.body).toEqual({});
  });

  it('calls a manager late once the deadline has passed', async () => {
    fakeApi({ [URL]: { body: roundDetail({ deadline: '2020-01-15' }) } });
    render();
    const managers = await screen.findByRole('table', { name: /Avanzamento per responsabile/ });
    const [, giulia, marco] = within(managers).getAllByRole('row');
    expect(giulia!.textContent).toContain('In ritardo');
    expect(giulia!.textContent).not.toContain('Deve aggiornare');
    expect(marco!.textContent).not.toContain('In ritardo');
  });

  it('says plainly when no e-mail is sent, and closes the round after confirming', async () => {
    const closed = roundDetail({ mailConfigured: false, closedAt: '2026-12-10T10:00:00.000Z' });
    const calls = fakeApi({ [URL]: [{ body: roundDetail({ mailConfigured: false }) }, { body: closed }], [`POST ${URL}/close`]: { body: closed } });
    render();
    expect(await screen.findByText('Nessuna e-mail viene inviata')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Chiudi la rilevazione' }));
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Sì, chiudi' }));
    expect(await screen.findByText('Rilevazione chiusa: non partono più e-mail.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.url === `${URL}/close`)).toBe(true);
    expect(screen.queryByRole('button', { name: /Reinvia/ })).toBeNull();
  });

  it('shows a round with everyone reported as complete', async () => {
    const done = roundDetail({
      reported: 3,
      notReported: 0,
      offices: [{ code: 'UFF-MOB', name: 'Mobilità sostenibile', actions: 3, reported: 3, notReported: 0 }],
      managers: [{ ...roundDetail().managers[0]!, reported: 2, notReported: 0, missing: [] }],
    });
    fakeApi({ [URL]: { body: done } });
    render();
    expect(await screen.findByText('Tutte le azioni sono aggiornate: nessun responsabile in ritardo.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: /3 azioni aggiornate su 3 \(100\s?%\)/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sollecita tutti i ritardatari' })).toBeNull();
  });
});
