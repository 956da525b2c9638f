import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ToolDetail } from '@psm/server/contract';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { actionDetailOf } from '../../../test/fixtures/actions';
import { renderRoutes } from '../../../test/render';
import { ActionObjectivesPanel } from './action-objectives-panel';
import { ToolEditor } from './tool-editor';
import { ToolsAdmin } from './tools-admin';

// A made-up PUMS with a two-level tree.
const tool: ToolDetail = {
  code: 'pums-2022',
  kind: 'pums',
  name: 'PUMS della Città metropolitana',
  period: '2022-2030',
  url: null,
  objectiveCount: 3,
  objectives: [
    {
      code: 'OS-1',
      title: 'Ridurre le emissioni',
      sourceUrl: null,
      actions: [],
      children: [{ code: 'OS-1.a', title: 'Mobilità ciclabile', sourceUrl: null, actions: [{ plan: 'psm-2024-2026', code: '1.1.1', title: 'Banda ultralarga', note: null }], children: [] }],
    },
    { code: 'OS-2', title: 'Trasporto pubblico', sourceUrl: null, actions: [], children: [] },
  ],
};
const admin = sessionOf('admin');

describe('planning tools back-office', () => {
  it('lists the tools and asks before deleting, counting the links that go', async () => {
    const calls = fakeApi(
      {
        '/api/planning-tools': { body: { items: [{ code: 'pums-2022', kind: 'pums', name: 'PUMS', period: null, url: null, objectiveCount: 3, linkedObjectiveCount: 1, linkCount: 4 }] } },
        'DELETE /api/planning-tools/pums-2022': { body: { deleted: 'pums-2022' } },
      },
      { session: admin },
    );
    renderRoutes([{ path: '*', element: <ToolsAdmin /> }], { route: '/gestione/strumenti', session: admin });
    fireEvent.click(await screen.findByRole('button', { name: 'Elimina lo strumento PUMS' }));
    expect((await screen.findByRole('alert')).textContent).toContain('3 obiettivi e 4 collegamenti con le azioni');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Sì, elimina' }));
    expect(await screen.findByText('Strumento pums-2022 eliminato.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Cronologia delle modifiche di PUMS/ }).getAttribute('href')).toContain('/gestione/registro?tipo=planning_tool&id=pums-2022');
  });

  it('edits the objective tree: a child under its parent, a move offers no descendant as parent', async () => {
    const calls = fakeApi(
      {
        '/api/planning-tools/pums-2022': { body: tool },
        'POST /api/planning-tools/pums-2022/objectives': { status: 201, body: { tool: 'pums-2022', code: 'OS-2.a', title: 'Nuove linee', parent: 'OS-2', sourceUrl: null } },
      },
      { session: admin },
    );
    renderRoutes([{ path: '*', element: <ToolEditor code="pums-2022" /> }], { route: '/gestione/strumenti/pums-2022', session: admin });
    const tree = await screen.findByRole('list', { name: 'Albero degli obiettivi di PUMS della Città metropolitana' });
    expect(within(tree).getByText('(1 azione)')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Modifica l’obiettivo OS-1' }));
    const edit = screen.getByRole('form', { name: 'Modifica l’obiettivo OS-1' });
    const parents = [...(within(edit).getByLabelText(/^Obiettivo superiore/) as HTMLSelectElement).options].map((o) => o.value);
    expect(parents).toEqual(['', 'OS-2']);

    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi sotto-obiettivo a OS-2' }));
    const child = screen.getByRole('form', { name: 'Nuovo sotto-obiettivo di OS-2' });
    fireEvent.change(within(child).getByLabelText(/^Codice/), { target: { value: 'OS-2.a' } });
    fireEvent.change(within(child).getByLabelText(/^Titolo/), { target: { value: 'Nuove linee' } });
    fireEvent.click(within(child).getByRole('button', { name: 'Salva l’obiettivo' }));
    expect(await screen.findByText('Obiettivo OS-2.a salvato.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ code: 'OS-2.a', title: 'Nuove linee', parent: 'OS-2' });
  });

  it('refuses an objective without code or title before sending', async () => {
    const calls = fakeApi({ '/api/planning-tools/pums-2022': { body: tool } }, { session: admin });
    renderRoutes([{ path: '*', element: <ToolEditor code="pums-2022" /> }], { route: '/gestione/strumenti/pums-2022', session: admin });
    const form = await screen.findByRole('form', { name: 'Nuovo obiettivo di primo livello' });
    fireEvent.click(within(form).getByRole('button', { name: 'Salva l’obiettivo' }));
    await waitFor(() => expect(within(form).getByLabelText(/^Codice/).getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByLabelText(/^Titolo/).getAttribute('aria-invalid')).toBe('true');
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(0);
  });

  it('finds objectives by a lower-case code, grouped by tool, and links one with the whole set', async () => {
    const action = actionDetailOf({ code: '1.1.1', title: 'Banda ultralarga' });
    const calls = fakeApi(
      {
        '/api/plans/psm-2024-2026/actions/1.1.1': [
          { body: action },
          { body: { ...action, objectives: [{ tool: 'pums-2022', toolKind: 'pums', toolName: 'PUMS', toolUrl: null, code: 'OS-1', title: 'Ridurre le emissioni', note: null }] } },
        ],
        '/api/planning-objectives?q=os-1': {
          body: {
            items: [
              { tool: 'pums-2022', toolKind: 'pums', toolName: 'PUMS', code: 'OS-1', title: 'Ridurre le emissioni', parent: null },
              { tool: 'dup-2024', toolKind: 'dup', toolName: 'DUP', code: 'OS-10', title: 'Sviluppo economico', parent: null },
            ],
          },
        },
        'PUT /api/plans/psm-2024-2026/actions/1.1.1/objectives': { body: { plan: 'psm-2024-2026', action: '1.1.1', objectives: [] } },
      },
      { session: admin },
    );
    renderRoutes([{ path: '*', element: <ActionObjectivesPanel plan="psm-2024-2026" code="1.1.1" /> }], { route: '/gestione/piani/psm-2024-2026/azioni/1.1.1/obiettivi', session: admin });
    expect(await screen.findByText('Nessun obiettivo collegato.')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Cerca un obiettivo' }), { target: { value: 'os-1' } });
    expect(await screen.findByRole('heading', { name: 'DUP' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'PUMS' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Collega PUMS OS-1' }));
    expect(await screen.findByText('Collegato: PUMS OS-1.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ objectives: [{ tool: 'pums-2022', objective: 'OS-1', note: null }] });
    expect(screen.getByRole('button', { name: 'Rimuovi PUMS OS-1' })).toBeTruthy();
  });
});
