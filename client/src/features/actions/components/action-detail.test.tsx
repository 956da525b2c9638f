import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActionDetail } from '@psm/server/contract';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { detail, manager, PLAN, plans, statuses } from '../test-fixtures';
import { ActionDetailView } from './action-detail';

const visitor = { user: null, csrfToken: null };

function setup(action: ActionDetail = detail, session: unknown = visitor) {
  fakeApi({
    [`/api/plans/${PLAN}/actions/${action.code}`]: { body: action },
    '/api/action-statuses': { body: statuses },
    '/api/plans': { body: plans },
    '/api/auth/session': { body: session },
    '/api/auth/me': session === visitor ? { status: 401, body: { title: 'Unauthorized', status: 401 } } : { body: session },
  });
  return renderWithProviders(<ActionDetailView plan={PLAN} code={action.code} />, { route: `/piani/${PLAN}/azioni/${action.code}` });
}

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
/** Normal spaces for comparing, whatever non-breaking spaces Intl puts in amounts. */
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('ActionDetailView', () => {
  it('shows the breadcrumb, title, current status and the reporting period', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Garantire qualità e affidabilità della connessione digitale' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'Percorso di navigazione' });
    expect(within(crumbs).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Home', '/'],
      ['Piano strategico metropolitano 2024-2026', `/piani/${PLAN}`],
      ['Asse 1', `/piani/${PLAN}/assi/1`],
      ['Strategia 1.1', `/piani/${PLAN}/strategie/1.1`],
    ]);
    const current = section('Stato attuale');
    expect(within(current).getByText('In corso')).toBeTruthy();
    expect(within(current).getByText('60%')).toBeTruthy();
    expect(text(current)).toContain('Periodo di rendicontazione corrente: 2º sem. 2026.');
    const facts = section('Scheda dell’azione');
    expect(text(facts)).toContain('Capofila: l’ente guida l’azione');
    expect(text(facts)).toContain('Direzione Sviluppo economico e attività produttive');
    expect(text(facts)).toContain('Regione Piemonte (cofinanziatore)');
    expect(within(facts).getByText('Pinerolese')).toBeTruthy();
    // A visitor cannot update it.
    expect(screen.queryByRole('link', { name: 'Aggiorna lo stato' })).toBeNull();
  });

  it('draws the history newest first, with status, progress, author and evidence links', async () => {
    setup();
    const history = await screen.findByRole('heading', { level: 2, name: 'Cronologia degli aggiornamenti' });
    const items = within(history.closest('section')!).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual(['Periodo 2º sem. 2026', 'Periodo 1º sem. 2025']);
    expect(text(items[0]!)).toContain('Registrato il 24 novembre 2026 da Maria Rossi');
    expect(within(items[0]!).getByText('In corso')).toBeTruthy();
    expect(text(items[0]!)).toContain('Atto di riferimento: Determinazione dirigenziale n. 1234 del 20 luglio 2026');
    expect(within(items[0]!).queryByRole('link')).toBeNull();

    expect(within(items[1]!).getByText('Avviata')).toBeTruthy();
    expect(within(items[1]!).getByText('10%')).toBeTruthy();
    expect(text(items[1]!)).toContain('Registrato il 20 marzo 2025');
    const act = within(items[1]!).getByRole('link', { name: /Decreto del Sindaco metropolitano n\. 45\/2025 del 12 marzo 2025/ });
    expect(act.getAttribute('href')).toBe('https://www.cittametropolitana.torino.it/atti/decreto-45-2025');
    expect(act.getAttribute('target')).toBeNull();
    expect(text(act)).toContain('sito esterno: cittametropolitana.torino.it');
  });

  it('compares planned and actual dates in words, and says what is unknown', async () => {
    setup();
    const dates = await screen.findByRole('table', { name: 'Date di inizio e di fine, previste ed effettive, con lo scostamento' });
    const [start, end] = within(dates).getAllByRole('row').slice(1);
    expect(text(start!)).toContain('1 settembre 2024');
    expect(text(start!)).toContain('15 ottobre 2024');
    expect(text(start!)).toContain('inizio effettivo 44 giorni dopo il previsto');
    expect(text(end!)).toContain('31 dicembre 2025');
    expect(within(end!).getAllByText('non disponibile')).toHaveLength(2);

    const milestones = screen.getByRole('table', { name: 'Traguardi dell’azione con data prevista ed effettiva' });
    expect(text(milestones)).toContain('raggiunto 45 giorni dopo la data prevista');
  });

  it('lists fundings with source in words, PNRR line, CUP and amount in euro', async () => {
    setup();
    await screen.findByRole('heading', { level: 2, name: 'Finanziamenti' });
    const fundings = section('Finanziamenti');
    expect(within(fundings).getByRole('heading', { level: 3, name: 'PNRR – Piano nazionale di ripresa e resilienza' })).toBeTruthy();
    // An unknown source type is shown as its code.
    expect(within(fundings).getByRole('heading', { level: 3, name: 'bei' })).toBeTruthy();
    expect(text(fundings)).toContain('M1C2I3.1');
    expect(text(fundings)).toContain('J11B21004560006');
    expect(text(fundings)).toContain('1.250.000,00 €');
    expect(within(fundings).getByRole('link', { name: /Consulta/ }).getAttribute('href')).toBe('https://www.italiadomani.gov.it/');
  });

  it('lists the objectives it serves by tool, or says there is none; admins get the link to change them', async () => {
    setup(detail, { user: { id: 1, email: 'a@example.org', name: 'Admin', role: 'admin', officeId: null }, csrfToken: 'token' });
    const coherence = await screen.findByRole('heading', { level: 2, name: 'Coerenza con gli strumenti di pianificazione' });
    const box = coherence.closest('section')!;
    expect(within(box).getByRole('heading', { level: 3, name: 'DUP 2024-2026' })).toBeTruthy();
    expect(within(box).getByRole('link', { name: /PUMS della Città metropolitana/ }).getAttribute('href')).toBe('https://example.org/pums');
    expect(text(box)).toContain('OS-4 Territorio digitale e connesso');
    expect(text(box)).toContain('A.2 Ridurre la necessità di spostamento (Nota: servizi a distanza)');
    expect((await within(box).findByRole('link', { name: 'Gestisci gli obiettivi collegati' })).getAttribute('href')).toBe(`/gestione/piani/${PLAN}/azioni/1.1.1/obiettivi`);
  });

  it('says when no objective is linked, without the back-office link for visitors', async () => {
    setup({ ...detail, objectives: [] });
    await screen.findByRole('heading', { level: 2, name: 'Coerenza con gli strumenti di pianificazione' });
    const box = section('Coerenza con gli strumenti di pianificazione');
    expect(within(box).getByText('Nessun obiettivo collegato.')).toBeTruthy();
    expect(within(box).queryByRole('link', { name: 'Gestisci gli obiettivi collegati' })).toBeNull();
  });

  it('says the status has never been reported when there is no update', async () => {
    setup({ ...detail, code: '2.1.1', status: null, progress: null, lastPeriod: null, toUpdate: true, history: [] });
    expect(await screen.findByText('Lo stato di attuazione di questa azione non è mai stato rendicontato.')).toBeTruthy();
    const current = section('Stato attuale');
    expect(within(current).getByText('Nessun aggiornamento')).toBeTruthy();
    expect(within(current).getByText('Da aggiornare')).toBeTruthy();
  });

  it('offers a manager the link to update the status', async () => {
    setup(detail, manager);
    const link = await screen.findByRole('link', { name: 'Aggiorna lo stato' });
    expect(link.getAttribute('href')).toBe(`/gestione/piani/${PLAN}/azioni/1.1.1/stato`);
  });

  it('shows the error when the action does not exist', async () => {
    fakeApi({ [`/api/plans/${PLAN}/actions/9.9.9`]: { status: 404, body: { title: 'Not found', status: 404, detail: 'No action 9.9.9 in this plan.' } } });
    renderWithProviders(<ActionDetailView plan={PLAN} code="9.9.9" />);
    expect(text(await screen.findByRole('alert'))).toContain('No action 9.9.9 in this plan.');
    expect(screen.getByRole('heading', { level: 1, name: 'Azione 9.9.9' })).toBeTruthy();
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup();
    expect(await screen.findByRole('heading', { level: 2, name: 'Update history' })).toBeTruthy();
    expect(screen.getAllByText('In progress').length).toBeGreaterThan(0);
    expect(screen.getByText('Started')).toBeTruthy();
    expect(screen.getByText('actual start 44 days after the planned date')).toBeTruthy();
    expect(screen.getByText('reached 45 days after the planned date')).toBeTruthy();
    expect(text(document.body)).toContain('Current reporting period: H2 2026.');
    expect(text(document.body)).toContain('€1,250,000.00');
    expect(screen.getByRole('link', { name: /Decreto del Sindaco metropolitano No\. 45\/2025 of 12 March 2025/ })).toBeTruthy();
    expect(text(document.body)).toContain('Lead: the body leads the action');
  });

  describe('an overdue action', () => {
    // Judged on 2025-12-31: the milestone of 2025-09-30 and the planned end of 2025-12-20 have passed.
    const late: ActionDetail = {
      ...detail,
      plannedEnd: '2025-12-20',
      actualEnd: null,
      overdue: {
        since: '2025-09-30',
        days: 92,
        reasons: [
          { kind: 'milestone', title: 'Collaudo delle prime tratte', dueDate: '2025-09-30' },
          { kind: 'plannedEnd', dueDate: '2025-12-20' },
        ],
      },
    };

    it('says how long, since when and why, and marks the missed milestone and planned end', async () => {
      setup(late);
      await screen.findByText('Ritardo');
      const current = section('Stato attuale');
      expect(text(current)).toContain('In ritardo di 3 mesi (dal 30 settembre 2025)');
      expect(text(current)).toContain('Date superate: traguardo «Collaudo delle prime tratte» previsto per il 30 settembre 2025; fine prevista il 20 dicembre 2025');
      const milestone = within(section('Traguardi')).getByRole('row', { name: /Collaudo delle prime tratte/ });
      expect(text(milestone)).toContain('In ritardo di 3 mesi');
      const end = within(section('Tempi previsti ed effettivi')).getByRole('row', { name: /Fine/ });
      expect(text(end)).toContain('In ritardo di 11 giorni');
    });

    it('reads in English', async () => {
      await i18n.changeLanguage('en');
      setup(late);
      expect(await screen.findByText('Delay')).toBeTruthy();
      expect(text(document.body)).toContain('Overdue by 3 months (since 30 September 2025)');
      expect(text(document.body)).toContain('Overdue by 11 days');
      expect(text(document.body)).toContain('milestone “Collaudo delle prime tratte” due on 30 September 2025');
    });

    it('shows nothing of the kind when the action is not overdue', async () => {
      setup();
      await screen.findByRole('heading', { level: 2, name: 'Stato attuale' });
      expect(screen.queryByText('Ritardo')).toBeNull();
      expect(text(document.body)).not.toContain('In ritardo di');
    });
  });
});
