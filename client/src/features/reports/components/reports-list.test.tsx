import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';
import { plans, report } from '../test/report-fixtures';
import { ReportsList } from './reports-list';

const { sections: _s, ...listed } = report();

describe('ReportsList', () => {
  it('lists the reports and creates a new one, then opens it in the composer', async () => {
    const calls = fakeApi({
      '/api/reports': { body: { items: [{ ...listed, sectionCount: 2 }, { ...listed, id: 4, title: 'Rapporto 2025', status: 'final', sectionCount: 7 }] } },
      '/api/plans': { body: plans },
      'POST /api/reports': { status: 201, body: { ...report({ id: 9, sections: [] }) }, headers: { ETag: '"v1-x"' } },
    });
    renderRoutes(
      [
        { path: '/gestione/rapporti', element: <ReportsList /> },
        { path: '/gestione/rapporti/:id', element: <LocationProbe /> },
      ],
      { route: '/gestione/rapporti', session: sessionOf('analyst') },
    );
    const table = await screen.findByRole('table', { name: 'Rapporti, dal più recente' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]!.textContent).toContain('PSM 2024-2026 – Aggiornamento 2026');
    expect(rows[1]!.textContent).toContain('30 giugno 2026');
    expect(rows[1]!.textContent).toContain('Bozza');
    expect(rows[2]!.textContent).toContain('Definitivo');
    expect(within(rows[2]!).getAllByRole('cell').at(-1)!.textContent).toBe('7');

    const form = screen.getByRole('form', { name: 'Nuovo rapporto' });
    // The newest edition is the default.
    await waitFor(() => expect((within(form).getByLabelText(/^Edizione del piano/) as HTMLSelectElement).value).toBe('psm-2024-2026'));
    fireEvent.click(within(form).getByRole('button', { name: 'Crea il rapporto' }));
    expect(await within(form).findByText('Campo obbligatorio.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText(/^Titolo/), { target: { value: ' PSM 2024-2026 – Aggiornamento 2026 ' } });
    fireEvent.change(within(form).getByLabelText(/^Dati al/), { target: { value: '2026-06-30' } });
    fireEvent.change(within(form).getByLabelText(/^Lingua/), { target: { value: 'en' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Crea il rapporto' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/gestione/rapporti/9'));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ plan: 'psm-2024-2026', title: 'PSM 2024-2026 – Aggiornamento 2026', referenceDate: '2026-06-30', lang: 'en', sections: [] });
    expect(post.headers.get('X-CSRF-Token')).toBe('csrf-token-123');
  });
});
