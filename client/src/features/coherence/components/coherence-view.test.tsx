import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CoherenceMatrix } from '@psm/server/contract';
import { fakeApi } from '../../../test/fake-api';
import { renderRoutes } from '../../../test/render';
import { CoherenceView } from './coherence-view';

// Made-up tools and objectives on two real-looking actions.
const matrix = (over: Partial<CoherenceMatrix> = {}): CoherenceMatrix => ({
  plan: 'psm-2024-2026',
  counts: { actions: 2, actionsWithoutObjective: 1, objectives: 2, objectivesWithoutAction: 1 },
  actionsWithoutObjective: [{ code: '1.1.2', title: 'Sportello unico per le imprese' }],
  objectivesWithoutAction: [{ tool: 'pums-2022', toolKind: 'pums', code: 'OS-2', title: 'Trasporto pubblico accessibile' }],
  tools: [{ code: 'pums-2022', kind: 'pums', name: 'PUMS della Città metropolitana', period: '2022-2030', url: null }],
  allAxes: [
    { code: '1', title: 'Torino metropoli più produttiva' },
    { code: '2', title: 'Torino metropoli più verde' },
  ],
  axes: [
    {
      code: '1',
      title: 'Torino metropoli più produttiva',
      strategies: [
        {
          code: '1.1',
          title: 'Semplificare',
          actions: [
            { code: '1.1.1', title: 'Banda ultralarga', objectives: [{ tool: 'pums-2022', code: 'OS-1', title: 'Ridurre gli spostamenti' }] },
            { code: '1.1.2', title: 'Sportello unico per le imprese', objectives: [] },
          ],
        },
      ],
    },
  ],
  ...over,
});
const TOOLS = { items: [{ code: 'pums-2022', kind: 'pums', name: 'PUMS della Città metropolitana', period: null, url: null, objectiveCount: 2, linkedObjectiveCount: 1, linkCount: 1 }] };
const render = (route = '/piani/psm-2024-2026/coerenza') =>
  renderRoutes([{ path: '/piani/:plan/coerenza', element: <CoherenceView plan="psm-2024-2026" /> }], { route });

describe('CoherenceView', () => {
  it('shows the cell with the objective, flags the action without objectives in words and lists the unserved objective', async () => {
    fakeApi({ '/api/plans/psm-2024-2026/coherence': { body: matrix() }, '/api/planning-tools': { body: TOOLS }, '/api/plans': { body: { items: [] } } });
    render();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    const linked = rows.find((r) => r.textContent?.includes('1.1.1'))!;
    expect(within(linked).getByTitle('Ridurre gli spostamenti').textContent).toBe('OS-1');
    const flagged = rows.find((r) => r.textContent?.includes('1.1.2'))!;
    expect(within(flagged).getByText('Senza obiettivi')).toBeTruthy();
    expect(within(linked).queryByText('Senza obiettivi')).toBeNull();
    expect(screen.getByRole('region', { name: /Obiettivi degli strumenti di pianificazione collegati/ })).toBeTruthy();
    const unserved = screen.getByRole('heading', { name: 'Obiettivi non serviti da alcuna azione' }).closest('section')!;
    expect(unserved.textContent).toContain('OS-2 Trasporto pubblico accessibile');
    expect(screen.getByRole('link', { name: 'CSV (separatore virgola)' }).getAttribute('href')).toBe('/api/plans/psm-2024-2026/coherence/download?format=csv');
  });

  it('keeps the filters in the URL and the downloads', async () => {
    const calls = fakeApi({
      '/api/plans/psm-2024-2026/coherence': { body: matrix() },
      '/api/plans/psm-2024-2026/coherence?asse=2': { body: matrix({ axes: [] , counts: { actions: 0, actionsWithoutObjective: 0, objectives: 2, objectivesWithoutAction: 1 } }) },
      '/api/planning-tools': { body: TOOLS },
      '/api/plans': { body: { items: [] } },
    });
    render();
    fireEvent.change(await screen.findByLabelText('Asse'), { target: { value: '2' } });
    expect(await screen.findByText('Nessuna azione in questa vista.')).toBeTruthy();
    expect(calls.some((c) => c.url === '/api/plans/psm-2024-2026/coherence?asse=2')).toBe(true);
    expect(screen.getByRole('link', { name: /XLSX/ }).getAttribute('href')).toBe('/api/plans/psm-2024-2026/coherence/download?format=xlsx&asse=2');
  });

  it('says so plainly when no planning tool is recorded', async () => {
    fakeApi({
      '/api/plans/psm-2024-2026/coherence': { body: matrix({ tools: [], objectivesWithoutAction: [] }) },
      '/api/planning-tools': { body: { items: [] } },
      '/api/plans': { body: { items: [] } },
    });
    render();
    expect(await screen.findByText('Nessuno strumento di pianificazione registrato')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('table')).toBeNull());
  });
});
