import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';
import { roundDetail } from '../test/round-fixtures';
import { RoundsList } from './rounds-list';

const plans = {
  items: [
    { code: 'psm-2021-2023', title: 'PSM 2021-2023', subtitle: null, periodStart: 2021, periodEnd: 2023 },
    { code: 'psm-2024-2026', title: 'PSM 2024-2026', subtitle: null, periodStart: 2024, periodEnd: 2026 },
  ],
};
const { offices: _o, managers: _m, unassigned: _u, jobs: _j, mailConfigured: _c, ...summary } = roundDetail();

describe('RoundsList', () => {
  it('lists the rounds of the newest plan and opens one, showing the server\'s refusal at its field', async () => {
    const calls = fakeApi({
      '/api/plans': { body: plans },
      '/api/plans/psm-2024-2026/rounds': { body: { items: [summary], mailConfigured: false, defaultReminderDays: 7 } },
      'POST /api/plans/psm-2024-2026/rounds': [
        { status: 400, body: { title: 'Bad request', status: 400, detail: 'x', errors: [{ name: 'reminderDays', message: 'must be fewer than the 5 day(s) left until the deadline' }] } },
        { status: 201, body: roundDetail({ id: 8 }) },
      ],
    });
    renderRoutes(
      [
        { path: '/gestione/rilevazioni', element: <RoundsList /> },
        { path: '/gestione/rilevazioni/:id', element: <LocationProbe /> },
      ],
      { route: '/gestione/rilevazioni', session: sessionOf('admin') },
    );
    const table = await screen.findByRole('table', { name: 'Rilevazioni del piano, dalla più recente' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('2026-S2');
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('15 gennaio 2027');
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('1 / 3');
    expect(screen.getByText('Nessuna e-mail viene inviata')).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Apri una rilevazione' });
    fireEvent.change(within(form).getByLabelText(/^Periodo/), { target: { value: '2026-S3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apri la rilevazione' }));
    expect(await within(form).findByText('Scrivi un periodo come 2026-S2, 2026-Q3, 2026-07 o 2026.')).toBeTruthy();
    expect(within(form).getAllByText('Campo obbligatorio.').length).toBeGreaterThan(0);
    fireEvent.change(within(form).getByLabelText(/^Periodo/), { target: { value: '2026-S2' } });
    fireEvent.change(within(form).getByLabelText(/^Scadenza/), { target: { value: '2099-01-15' } });
    fireEvent.change(within(form).getByLabelText(/^Promemoria/), { target: { value: '10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apri la rilevazione' }));
    expect((await within(form).findAllByText('must be fewer than the 5 day(s) left until the deadline')).length).toBeGreaterThan(0);
    fireEvent.click(within(form).getByRole('button', { name: 'Apri la rilevazione' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/gestione/rilevazioni/8?piano=psm-2024-2026'));
    const post = calls.filter((c) => c.method === 'POST')[1]!;
    expect(post.body).toEqual({ period: '2026-S2', deadline: '2099-01-15', reminderDays: 10 });
  });
});
