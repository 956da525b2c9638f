import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActionDetail } from '@psm/server/contract';
import { fakeApi, sessionOf, type Answer } from '../../../test/fake-api';
import { actionDetailOf } from '../../../test/fixtures/actions';
import { renderRoutes } from '../../../test/render';
import { ActionDetailsView } from './action-details-view';

const URL_ACTION = '/api/plans/psm-2024-2026/actions/1.1.1';
const action = (version: number, over: Partial<ActionDetail> = {}): ActionDetail =>
  actionDetailOf({ code: '1.1.1', title: 'Garantire la connessione digitale', office: { code: 'UFF-SVI', name: 'Sviluppo economico' }, version, ...over });
const read = (a: ActionDetail): Answer => ({ body: a, headers: { ETag: `"v${a.version}-abc"` } });
const office = (code: string, name: string) => ({ code, name, parent: null, parentName: null, email: null, retiredAt: null, version: 1, accounts: 0, actions: 0 });
const zone = (n: number, name: string) => ({ code: `ITC11-ZO${String(n).padStart(2, '0')}`, name, level: 'zona_omogenea', istatCode: null, nutsCode: null, number: String(n), suppressed: false, parents: [], attributes: {}, sourceUrl: null });

function setup(patch: Answer | ((n: number) => Answer), reads: ActionDetail[] = [action(2)]) {
  const calls = fakeApi({
    [URL_ACTION]: (_c, n) => read(reads[Math.min(n, reads.length - 1)]!),
    [`PATCH ${URL_ACTION}`]: (_c, n) => (typeof patch === 'function' ? patch(n) : patch),
    '/api/offices': { body: { items: [office('UFF-SVI', 'Sviluppo economico'), office('UFF-MOB', 'Mobilità sostenibile')] } },
    '/api/users': { body: { items: [{ id: 7, email: 'rossi@example.org', name: 'Maria Rossi', role: 'manager', office: 'UFF-MOB', active: true, lastLoginAt: null, createdAt: '2026-01-01T00:00:00Z' }] } },
    '/api/territories?level=zona_omogenea': { body: { items: [zone(1, 'Area metropolitana di Torino - Centro'), zone(5, 'Pinerolese')], total: 2 } },
  });
  renderRoutes([{ path: '*', element: <ActionDetailsView plan="psm-2024-2026" code="1.1.1" /> }], { route: '/gestione/piani/psm-2024-2026/azioni/1.1.1/dettagli', session: sessionOf('admin') });
  return calls;
}
const save = () => fireEvent.click(screen.getByRole('button', { name: /Salva i dettagli|Conferma e salva/ }));

describe('ActionDetailsView', () => {
  it('sends every field with If-Match, then shows the saved values', async () => {
    const saved = action(3, { office: { code: 'UFF-MOB', name: 'Mobilità sostenibile' }, milestones: [{ title: 'Gara aggiudicata', plannedDate: '2026-06-30', actualDate: null }] });
    const calls = setup({ status: 200, body: saved, headers: { ETag: '"v3-new"' } });
    const officeBox = await screen.findByRole('combobox', { name: 'Ufficio responsabile' });
    expect((officeBox as HTMLInputElement).value).toBe('Sviluppo economico (UFF-SVI)');
    fireEvent.change(officeBox, { target: { value: 'mob' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: 'Mobilità sostenibile (UFF-MOB)' }));
    fireEvent.click(screen.getByLabelText('Pinerolese'));
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi una milestone' }));
    const ms = screen.getByRole('group', { name: 'Milestone 1' });
    fireEvent.change(within(ms).getByLabelText(/^Titolo/), { target: { value: 'Gara aggiudicata' } });
    fireEvent.change(within(ms).getByLabelText('Scadenza'), { target: { value: '2026-06-30' } });
    save();
    expect(await screen.findByText('Dettagli salvati')).toBeTruthy();
    const sent = calls.find((c) => c.method === 'PATCH')!;
    expect(sent.headers.get('If-Match')).toBe('"v2-abc"');
    expect(sent.body).toMatchObject({ office: 'UFF-MOB', zones: ['ITC11-ZO05'], weight: 1, milestones: [{ title: 'Gara aggiudicata', plannedDate: '2026-06-30', actualDate: null }] });
    expect(screen.getByText("L'azione 1.1.1 è ora alla versione 3.")).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Ufficio responsabile' }) as HTMLInputElement).value).toBe('Mobilità sostenibile (UFF-MOB)');
  });

  it('shows the server’s 400 next to the field and in the focused summary', async () => {
    setup({ status: 400, body: { type: '/api/docs#problem-invalid-params', title: 'Parametri non validi', status: 400, errors: [{ name: 'fundings.0.cup', message: 'must be a CUP: 15 capital letters or digits' }] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Aggiungi un finanziamento' }));
    const f = screen.getByRole('group', { name: 'Finanziamento 1' });
    fireEvent.change(within(f).getByLabelText(/^CUP/), { target: { value: 'J11B' } });
    save();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Finanziamento 1 – CUP: Il server non ha accettato questo valore: must be a CUP: 15 capital letters or digits');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const cup = within(f).getByLabelText(/^CUP/);
    expect(cup.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(cup.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toContain('must be a CUP');
  });

  it('checks required partner and milestone names before sending', async () => {
    const calls = setup({ status: 500 });
    fireEvent.click(await screen.findByRole('button', { name: 'Aggiungi un partner' }));
    save();
    expect((await screen.findByRole('alert')).textContent).toContain('Partner 1 – Nome: Campo obbligatorio.');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('refuses an end before its start, on the end field, naming the field to change', async () => {
    const calls = setup({ status: 500 });
    fireEvent.change(await screen.findByLabelText(/^Inizio previsto/), { target: { value: '2026-05-01' } });
    fireEvent.change(screen.getByLabelText(/^Fine prevista/), { target: { value: '2026-01-31' } });
    save();
    expect((await screen.findByRole('alert')).textContent).toContain("Fine prevista: La fine prevista è prima dell'inizio previsto: cambia la fine prevista");
    const end = screen.getByLabelText(/^Fine prevista/);
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('on 409 says someone else changed it, keeps the input, reloads the current version and sends with its ETag', async () => {
    let n = 0;
    const calls = setup(
      () => (n++ === 0 ? { status: 409, body: { type: '/api/docs#problem-conflict', title: 'Conflitto', status: 409, currentVersion: 5 } } : { status: 200, body: action(6), headers: { ETag: '"v6-x"' } }),
      [action(2), action(5)],
    );
    const weight = await screen.findByLabelText(/^Peso/);
    fireEvent.change(weight, { target: { value: '2,5' } });
    save();
    expect(await screen.findByText("Qualcun altro ha modificato l'azione")).toBeTruthy();
    expect(screen.getByText(/ora è alla versione 5/)).toBeTruthy();
    expect((screen.getByLabelText(/^Peso/) as HTMLInputElement).value).toBe('2,5');
    fireEvent.click(screen.getByRole('button', { name: 'Ricarica la versione attuale' }));
    expect(await screen.findByText(/Versione 5 caricata/)).toBeTruthy();
    save();
    await screen.findByText('Dettagli salvati');
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches.map((c) => c.headers.get('If-Match'))).toEqual(['"v2-abc"', '"v5-abc"']);
    expect(patches[1]!.body).toMatchObject({ weight: 2.5 });
  });
});
