import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BackofficeIndicatorList, Publication } from '@psm/server/contract';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { backofficeIndicatorOf, noTargetsRoutes } from '../testing/fixtures';
import { IndicatorAdmin } from './indicator-admin';
import { IndicatorAdminList } from './indicator-admin-list';

const DRAFT: Publication = { status: 'draft', publishedAt: null, missing: ['unit', 'licence'] };

describe('IndicatorAdminList: drafts', () => {
  it('marks each indicator draft or published and says what a draft lacks', async () => {
    const { strategies: _s, coverage: _c, batches: _b, targets: _t, ...draft } = backofficeIndicatorOf({}, DRAFT);
    const list: BackofficeIndicatorList = {
      items: [
        { ...draft, strategies: [] },
        { ...draft, code: 'BES_10AMB001P', name: 'Concentrazione di PM10', unit: 'µg/m³', notes: null, strategies: [], publication: { status: 'published', publishedAt: '2026-11-30T09:00:00.000Z', missing: [] } },
      ],
      page: 1,
      pageSize: 200,
      total: 2,
      drafts: 1,
    };
    fakeApi({ 'GET /api/backoffice/indicators?pageSize=200': { body: list }, 'GET /api/plans': { body: { items: [] } } });
    renderWithProviders(<IndicatorAdminList />, { session: sessionOf('analyst') });
    const table = await screen.findByRole('table', { name: 'Indicatori di contesto' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByText('Bozza')).toBeTruthy();
    expect(within(rows[1]!).getByText('Manca: unità di misura, licenza')).toBeTruthy();
    expect(within(rows[2]!).getByText('Pubblicato')).toBeTruthy();
    expect(within(rows[2]!).queryByText(/Manca/)).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('1 bozza');
    expect(screen.getByLabelText('Solo le bozze')).toBeTruthy();
  });
});

describe('IndicatorAdmin: publication', () => {
  it('lists what a draft lacks, linked to the fields, and shows the server’s refusal', async () => {
    const calls = fakeApi({
      'GET /api/backoffice/indicators/KILLINJ': { body: backofficeIndicatorOf({}, DRAFT) },
      'POST /api/indicators/KILLINJ/publish': {
        status: 422,
        body: {
          type: '/api/docs#problem-not-publishable',
          title: 'Indicatore non pubblicabile / Indicator not publishable',
          status: 422,
          detail: 'Indicator "KILLINJ" cannot be published: unit, licence missing.',
          errors: [
            { name: 'unit', message: 'missing' },
            { name: 'licence', message: 'missing' },
          ],
        },
      },
      ...noTargetsRoutes,
    });
    renderWithProviders(<IndicatorAdmin code="KILLINJ" />, { session: sessionOf('analyst') });
    const panel = await screen.findByRole('region', { name: /Pubblicazione/ });
    expect(within(panel).getByText('Bozza')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: 'unità di misura' }).getAttribute('href')).toBe('#md-unit');
    expect(within(panel).getByRole('link', { name: 'licenza' }).getAttribute('href')).toBe('#md-licence');
    expect(document.getElementById('md-unit')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Vedi la pagina pubblica' })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Pubblica' }));
    expect((await within(panel).findByRole('alert')).textContent).toBe('Non è stato pubblicato. Mancano: unità di misura, licenza.');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/indicators/KILLINJ/publish']);
  });

  it('asks for a confirmation before unpublishing, then shows the draft', async () => {
    const calls = fakeApi({
      // Read again after the change: a draft then.
      'GET /api/backoffice/indicators/KILLINJ': [{ body: backofficeIndicatorOf() }, { body: backofficeIndicatorOf({}, { status: 'draft', publishedAt: null }) }],
      'POST /api/indicators/KILLINJ/unpublish': { body: backofficeIndicatorOf({}, { status: 'draft', publishedAt: null }) },
      ...noTargetsRoutes,
    });
    renderWithProviders(<IndicatorAdmin code="KILLINJ" />, { session: sessionOf('analyst') });
    const panel = await screen.findByRole('region', { name: /Pubblicazione/ });
    expect(within(panel).getByText('Pubblicato')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Ritira dalla pubblicazione' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(panel).getByRole('button', { name: 'Annulla' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Ritira dalla pubblicazione' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Sì, ritira' }));
    await waitFor(() => expect(within(panel).getByText('Bozza')).toBeTruthy());
    expect(within(panel).getByRole('status').textContent).toBe('Ritirato: ora è una bozza.');
    expect(within(panel).getByRole('button', { name: 'Pubblica' })).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/indicators/KILLINJ/unpublish']);
  });
});
