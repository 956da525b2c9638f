import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActionDetail } from '@psm/server/contract';
import { i18n } from '../../../i18n/i18n';
import { fakeApi, sessionOf, type Answer } from '../../../test/fake-api';
import { actionDetailOf, actionStatusesOf, currentStatusOf } from '../../../test/fixtures/actions';
import { renderRoutes } from '../../../test/render';
import { ActionStatusView } from './action-status-view';

const inCorso = currentStatusOf('in_corso');

const action = (version: number, over: Partial<ActionDetail> = {}): ActionDetail =>
  actionDetailOf({
    code: '1.1.1',
    title: 'Garantire la connessione digitale',
    strategy: { code: '1.1', title: 'Digitalizzazione' },
    axis: { code: '1', title: 'Asse 1' },
    office: { code: 'UFF-SVI', name: 'Sviluppo economico' },
    bodyRole: 'lead',
    version,
    ...over,
  });

const URL_ACTION = '/api/plans/psm-2024-2026/actions/1.1.1';
const read = (a: ActionDetail): Answer => ({ body: a, headers: { ETag: `"v${a.version}-abc"` } });

function setup(post: Answer | ((n: number) => Answer), reads: ActionDetail[] = [action(2)]) {
  const calls = fakeApi({
    '/api/action-statuses': { body: actionStatusesOf('non_avviata', 'in_corso', 'completata') },
    [URL_ACTION]: (_c, n) => read(reads[Math.min(n, reads.length - 1)]!),
    [`POST ${URL_ACTION}/updates`]: (_c, n) => (typeof post === 'function' ? post(n) : post),
  });
  renderRoutes([{ path: '*', element: <ActionStatusView plan="psm-2024-2026" code="1.1.1" /> }], { route: '/gestione/piani/psm-2024-2026/azioni/1.1.1/stato', session: sessionOf('manager') });
  return calls;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: /Salva l'aggiornamento|Conferma e salva/ }));

describe('ActionStatusView', () => {
  it('shows the current state and checks the fields before sending, each message tied to its field', async () => {
    const calls = setup({ status: 500 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Aggiorna lo stato: azione 1.1.1' })).toBeTruthy();
    expect(await screen.findByText('Nessun aggiornamento')).toBeTruthy();
    expect(screen.getByText(/Versione 2/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Avanzamento (%)'), { target: { value: '150' } });
    fireEvent.change(screen.getByLabelText('Indirizzo web (URL)'), { target: { value: 'ftp://example.org/x' } });
    save();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Il modulo contiene 4 errori');
    expect(summary.textContent).toContain('Scegli lo stato di attuazione.');
    const progress = screen.getByLabelText('Avanzamento (%)');
    expect(progress.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(progress.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe("L'avanzamento deve essere compreso tra 0 e 100.");
    expect(screen.getByLabelText('Indirizzo web (URL)').getAttribute('aria-invalid')).toBe('true');
    // A number, date or address without the kind of act.
    expect(screen.getByLabelText('Tipo').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('sends the update with If-Match and X-CSRF-Token, then says it is saved with links to the public page and the strategy', async () => {
    const saved = action(3, { status: inCorso, progress: 40, lastPeriod: '2026-S2', toUpdate: false });
    const calls = setup({ status: 201, body: saved, headers: { ETag: '"v3-new"' } });
    fireEvent.click(await screen.findByLabelText(/In corso/));
    fireEvent.change(screen.getByLabelText('Avanzamento (%)'), { target: { value: '40' } });
    fireEvent.change(screen.getByLabelText('Commento'), { target: { value: 'Gara aggiudicata' } });
    fireEvent.change(screen.getByLabelText('Tipo'), { target: { value: 'Delibera' } });
    fireEvent.change(screen.getByLabelText('Numero'), { target: { value: '12/2026' } });
    fireEvent.change(screen.getByLabelText('Indirizzo web (URL)'), { target: { value: 'https://example.org/atti/12' } });
    save();
    await screen.findByText('Aggiornamento salvato');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"v2-abc"');
    expect(post.headers.get('X-CSRF-Token')).toBe('csrf-token-123');
    expect(post.body).toEqual({
      status: 'in_corso',
      progress: 40,
      reportingPeriod: '2026-S2',
      comment: 'Gara aggiudicata',
      evidence: { type: 'Delibera', number: '12/2026', date: null, url: 'https://example.org/atti/12' },
    });
    expect(screen.getByText(/è ora alla versione 3, stato «In corso»/)).toBeTruthy();
    expect(screen.getByRole('link', { name: "Vedi la scheda pubblica dell'azione e lo storico" }).getAttribute('href')).toBe('/piani/psm-2024-2026/azioni/1.1.1');
    expect(screen.getByRole('link', { name: 'Vai alla strategia 1.1' }).getAttribute('href')).toBe('/piani/psm-2024-2026/strategie/1.1');
  });

  it('on 409 says who is ahead (version and status), keeps what was typed, reloads and resubmits with the new ETag', async () => {
    const conflict: Answer = {
      status: 409,
      body: { type: '/api/docs#problem-conflict', title: 'Conflitto', status: 409, detail: 'stale', currentVersion: 3, currentStatus: { status: inCorso, progress: 30 } },
    };
    const calls = setup((n) => (n === 0 ? conflict : { status: 201, body: action(4, { status: inCorso }), headers: { ETag: '"v4-x"' } }), [action(2), action(3, { status: inCorso, progress: 30 })]);
    fireEvent.click(await screen.findByLabelText(/Completata/));
    fireEvent.change(screen.getByLabelText('Commento'), { target: { value: 'Lavori conclusi' } });
    save();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Nel frattempo qualcun altro ha aggiornato questa azione: ora è alla versione 3, stato «In corso». I tuoi dati non sono stati salvati né persi: rileggi lo stato attuale e conferma di nuovo.',
    );
    expect((screen.getByLabelText('Commento') as HTMLTextAreaElement).value).toBe('Lavori conclusi');
    expect((screen.getByLabelText(/Completata/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ricarica la versione attuale' }));
    expect(await screen.findByText(/Hai caricato la versione 3/)).toBeTruthy();
    expect(screen.getByText(/Versione 3/)).toBeTruthy();
    expect((screen.getByLabelText('Commento') as HTMLTextAreaElement).value).toBe('Lavori conclusi');
    fireEvent.click(screen.getByRole('button', { name: 'Conferma e salva' }));
    await screen.findByText('Aggiornamento salvato');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((p) => p.headers.get('If-Match'))).toEqual(['"v2-abc"', '"v3-abc"']);
    expect(posts[1]!.body).toMatchObject({ status: 'completata', comment: 'Lavori conclusi' });
  });

  it('explains a 403 not-assigned, and maps a 400 to the field it names', async () => {
    setup((n) =>
      n === 0
        ? { status: 403, body: { type: '/api/docs#problem-not-assigned', title: 'Azione non assegnata', status: 403, detail: 'no' } }
        : { status: 400, body: { type: '/api/docs#problem-invalid-params', status: 400, errors: [{ name: 'reportingPeriod', message: 'must be a period such as 2023-S2' }] } },
    );
    fireEvent.click(await screen.findByLabelText(/In corso/));
    save();
    expect((await screen.findByRole('alert')).textContent).toContain('Questa azione non è assegnata a te né al tuo ufficio');
    save();
    await waitFor(() => expect(screen.getByLabelText(/Periodo di riferimento/).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Il server non ha accettato questo valore: must be a period such as 2023-S2')).toBeTruthy();
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup({ status: 500 });
    expect(await screen.findByRole('heading', { level: 1, name: 'Update the status: action 1.1.1' })).toBeTruthy();
    expect(await screen.findByRole('group', { name: /Implementation status/ })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'H2 2026 (half-year) (current)' })).toBeTruthy();
    expect(screen.getByLabelText(/In progress/)).toBeTruthy();
  });
});
