import { fireEvent, screen, within } from '@testing-library/react';
import type { Revision } from '@psm/server/contract';
import { describe, expect, it } from 'vitest';
import { IndicatorPage } from '../../../app/routes/indicator-page';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { indicatorDetailOf, ITALIA, observationOf, PIEMONTE, PLANS, pointOf, revisionOf, TORINO } from '../test-fixtures';

const CODE = 'BES_03LAV001';
const ALL = 'ITC11,ITC1,IT';
const points = {
  ITC11: [pointOf('2021', 63.5), pointOf('2022', 64.2, { provisional: true })],
  ITC1: [pointOf('2021', 65.2), pointOf('2022', 66)],
  IT: [pointOf('2022', 1240)],
};
const territories = { ITC11: TORINO, ITC1: PIEMONTE, IT: ITALIA };
const observations = {
  items: (['ITC11', 'ITC1', 'IT'] as const).flatMap((c) => points[c].map((p) => observationOf(CODE, territories[c], p))),
  total: 5,
  indicators: [CODE],
};
const revisionList = (items: Revision[]) => ({ indicator: CODE, unit: '%', since: null, asOf: null, items, total: items.length });

function renderPage(revisions: Revision[]) {
  return fakeApi({
    [`/api/indicators/${CODE}`]: { body: indicatorDetailOf() },
    '/api/plans': { body: PLANS },
    [`/api/observations?indicator=${CODE}&territory=${ALL}`]: { body: observations },
    [`/api/indicators/${CODE}/revisions?territory=${ALL}`]: { body: revisionList(revisions) },
  });
}
const show = (query = '') => renderWithProviders(<IndicatorPage />, { route: `/indicatori/${CODE}${query}`, path: '/indicatori/:code' });
const notice = () => screen.findByRole('region', { name: 'Valori rivisti dopo la pubblicazione' });

describe('values revised after publication', () => {
  it('says which values were revised: territory, period, old → new with the unit, file and date', async () => {
    const calls = renderPage([
      revisionOf(TORINO, '2021', 62.9, 63.5),
      revisionOf(TORINO, '2022', 64.2, 64.2, { format: null, to: { provisional: true } }),
      revisionOf(PIEMONTE, '2021', 65, 65.2, { revisions: 2 }),
    ]);
    show();
    const region = await notice();
    expect(calls.map((c) => c.url)).toContain(`/api/indicators/${CODE}/revisions?territory=${ALL}`);
    expect(within(region).getByText(/^3 valori dei territori mostrati sono stati cambiati/)).toBeTruthy();
    const items = within(region).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Città metropolitana di Torino, 2021: 62,9% → diventato 63,5% – importazione tidy-csv, 10 febbraio 2025/);
    expect(items[1]).toMatch(/^Città metropolitana di Torino, 2022: 64,2% → diventato 64,2% \(provvisorio\) – il 10 febbraio 2025/);
    expect(items[2]).toMatch(/^Piemonte, 2021: 65,0% → diventato 65,2% \(rivisto 2 volte\) – importazione tidy-csv/);
    // Three fit in the notice: no disclosure to open.
    expect(region.querySelector('details')).toBeNull();
  });

  it('folds a long list into a disclosure', async () => {
    renderPage([
      revisionOf(TORINO, '2021', 62.9, 63.5),
      revisionOf(TORINO, '2022', 64, 64.2),
      revisionOf(PIEMONTE, '2021', 65, 65.2),
      revisionOf(PIEMONTE, '2022', 65.5, 66),
    ]);
    show();
    const region = await notice();
    const summary = within(region).getByText('Mostra i 4 valori rivisti');
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')!.querySelectorAll('li')).toHaveLength(4);
  });

  it('shows no notice and no marks when nothing was revised', async () => {
    renderPage([]);
    show('?tab=tabella');
    await screen.findByRole('table');
    expect(screen.queryByRole('region', { name: 'Valori rivisti dopo la pubblicazione' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mostra valori precedenti' })).toBeNull();
    expect(screen.queryByText(/rivisto dopo la pubblicazione/)).toBeNull();
  });

  it('marks revised points in the table, in words too, and shows the earlier value on request', async () => {
    renderPage([
      revisionOf(TORINO, '2021', 62.9, 63.5),
      revisionOf(PIEMONTE, '2022', 65.5, 66),
      // Only the flags changed: now provisional; Piemonte's 2021 was provisional, now final.
      revisionOf(TORINO, '2022', 64.2, 64.2, { to: { provisional: true } }),
      revisionOf(PIEMONTE, '2021', 65.2, 65.2, { from: { provisional: true } }),
    ]);
    show('?tab=tabella');
    const table = await screen.findByRole('table');
    const row = (period: string) => [...within(table).getByRole('rowheader', { name: period }).parentElement!.querySelectorAll('td')].map((c) => c.textContent);
    const toggle = await screen.findByRole('button', { name: 'Mostra valori precedenti' });
    expect(row('2021')).toEqual(['63,5* (rivisto dopo la pubblicazione)', '65,2* (rivisto dopo la pubblicazione)', '–dato non disponibile']);
    expect(row('2022')).toEqual(['64,2 (p) (provvisorio)* (rivisto dopo la pubblicazione)', '66,0* (rivisto dopo la pubblicazione)', '1.240,0']);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(/\* = valore rivisto dopo la pubblicazione\./)).toBeTruthy();

    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(row('2021')[0]).toBe('63,5* (rivisto dopo la pubblicazione) (prima: 62,9)');
    expect(row('2021')[1]).toBe('65,2* (rivisto dopo la pubblicazione) (prima: 65,2 (p))');
    expect(row('2022')).toEqual([
      '64,2 (p) (provvisorio)* (rivisto dopo la pubblicazione) (prima: 64,2)',
      '66,0* (rivisto dopo la pubblicazione) (prima: 65,5)',
      '1.240,0',
    ]);
    fireEvent.click(toggle);
    expect(row('2021')[0]).toBe('63,5* (rivisto dopo la pubblicazione)');
  });

  it('reads in English with en-GB numbers', async () => {
    await i18n.changeLanguage('en');
    renderPage([revisionOf(TORINO, '2021', 1062.9, 1063.5)]);
    show('?tab=tabella');
    const region = await screen.findByRole('region', { name: 'Values revised after publication' });
    expect(within(region).getByText(/^One value of the territories shown was changed/)).toBeTruthy();
    expect(within(region).getByRole('listitem').textContent).toMatch(/^Città metropolitana di Torino, 2021: 1,062\.9% → became 1,063\.5% – tidy-csv import, 10 February 2025/);
    fireEvent.click(await screen.findByRole('button', { name: 'Show earlier values' }));
    expect(within(screen.getByRole('table')).getByText('(before: 1,062.9)', { exact: false })).toBeTruthy();
  });
});
