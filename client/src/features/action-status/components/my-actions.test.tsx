import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActionRow } from '@psm/server/contract';
import { MyActions } from './my-actions';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { actionRowOf, currentStatusOf } from '../../../test/fixtures/actions';
import { renderRoutes } from '../../../test/render';

const row = (code: string, toUpdate: boolean, extra: Partial<ActionRow> = {}): ActionRow =>
  actionRowOf({
    code,
    title: `Azione ${code}`,
    strategy: { code: code.slice(0, 3), title: 'Strategia' },
    axis: { code: code[0]!, title: 'Asse' },
    office: { code: 'UFF-SVI', name: 'Sviluppo economico' },
    status: toUpdate ? null : currentStatusOf('in_corso'),
    progress: toUpdate ? null : 40,
    lastPeriod: toUpdate ? null : '2026-S2',
    toUpdate,
    ...extra,
  });

const plans = { items: [{ code: 'psm-2024-2026', title: 'PSM 2024-2026', subtitle: null, periodStart: 2024, periodEnd: 2026, territory: null, approvedBy: null, approvedOn: null, counts: {}, declaredCountsSource: null }] };

describe('MyActions', () => {
  it('lists the actions with status, "da aggiornare" and a link to the form; the filter lives in the URL', async () => {
    fakeApi({
      '/api/plans': { body: plans },
      '/api/plans/psm-2024-2026/actions': { body: { plan: 'psm-2024-2026', currentPeriod: '2026-S2', items: [row('1.1.1', false), row('1.1.2', true)] } },
    });
    renderRoutes([{ path: '*', element: <MyActions /> }], { route: '/gestione/azioni', session: sessionOf('admin') });
    const list = await screen.findByRole('list', { name: 'Le mie azioni' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('In corso')).toBeTruthy();
    expect(within(items[0]!).getByText('Aggiornata')).toBeTruthy();
    expect(within(items[1]!).getByText('Da aggiornare')).toBeTruthy();
    expect(within(items[1]!).getByText('Nessun aggiornamento')).toBeTruthy();
    expect(screen.getByRole('link', { name: "Aggiorna lo stato dell'azione 1.1.2" }).getAttribute('href')).toBe('/gestione/piani/psm-2024-2026/azioni/1.1.2/stato');
    expect(screen.getByText(/2 azioni · 1 da aggiornare per il 2º sem. 2026/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Solo le azioni da aggiornare'));
    expect(within(screen.getByRole('list', { name: 'Le mie azioni' })).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByText('Azione 1.1.1')).toBeNull();
  });

  it('marks the overdue actions with how long and since when, and counts them', async () => {
    const late = { since: '2026-10-31', days: 12, reasons: [{ kind: 'plannedEnd' as const, dueDate: '2026-10-31' }] };
    fakeApi({
      '/api/plans': { body: plans },
      '/api/plans/psm-2024-2026/actions': { body: { plan: 'psm-2024-2026', currentPeriod: '2026-S2', items: [row('1.1.1', false, { overdue: late }), row('1.1.2', true)] } },
    });
    renderRoutes([{ path: '*', element: <MyActions /> }], { route: '/gestione/azioni', session: sessionOf('admin') });
    const items = within(await screen.findByRole('list', { name: 'Le mie azioni' })).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('In ritardo di 12 giorni (dal 31 ottobre 2026)');
    expect(items[1]!.textContent).not.toContain('In ritardo di');
    expect(screen.getByText(/2 azioni · 1 da aggiornare per il 2º sem. 2026 · 1 in ritardo/)).toBeTruthy();
  });
});
