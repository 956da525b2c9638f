import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { fakeApi } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { PLAN, plans, statuses, table } from '../test-fixtures';
import { ActionsExplorer } from './actions-explorer';

function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="search">{search}</output>;
}

function setup(query = '', body = table) {
  fakeApi({
    [`/api/plans/${PLAN}/actions`]: { body },
    '/api/action-statuses': { body: statuses },
    '/api/plans': { body: plans },
  });
  return renderWithProviders(
    <>
      <ActionsExplorer plan={PLAN} />
      <LocationProbe />
    </>,
    { route: `/piani/${PLAN}/azioni${query}`, path: '/piani/:plan/azioni' },
  );
}

/** The action codes of the table's rows, in order. */
const shownCodes = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.querySelector('.psm-code')?.textContent);

describe('ActionsExplorer', () => {
  it('lists every action with status in words, progress, last period and the "da aggiornare" marker', async () => {
    setup();
    expect((await screen.findByText('4 azioni su 4')).getAttribute('role')).toBe('status');
    expect(screen.getByRole('heading', { level: 1, name: 'Azioni del piano' })).toBeTruthy();
    expect(screen.getByText(/Periodo di rendicontazione corrente: 2º sem\. 2026/)).toBeTruthy();
    expect(shownCodes()).toEqual(['1.1.1', '1.1.2', '1.1.3', '2.1.1']);

    const first = screen.getByRole('link', { name: 'Garantire qualità e affidabilità della connessione digitale' });
    expect((first).getAttribute('href')).toBe(`/piani/${PLAN}/azioni/1.1.1`);
    const row = first.closest('tr')!;
    expect(within(row).getByText('In corso')).toBeTruthy();
    expect(within(row).getByText('60%')).toBeTruthy();
    expect(within(row).getByText('2º sem. 2026')).toBeTruthy();
    expect(within(row).queryByText('Da aggiornare')).toBeNull();

    const never = screen.getByRole('link', { name: 'Incrementare la superficie delle aree protette' }).closest('tr')!;
    expect(within(never).getByText('Nessun aggiornamento')).toBeTruthy();
    expect(within(never).getByText('mai rendicontata')).toBeTruthy();
    expect(within(never).getByText('Da aggiornare')).toBeTruthy();

    expect((screen.getByRole('link', { name: 'Tabella delle azioni in CSV' })).getAttribute('href')).toBe(`/api/plans/${PLAN}/actions/download?format=csv`);
    expect((screen.getByRole('link', { name: 'Tabella delle azioni in Excel (XLSX)' })).getAttribute('href')).toBe(`/api/plans/${PLAN}/actions/download?format=xlsx`);
  });

  it('reads its filters from the URL: status and zona omogenea combined', async () => {
    setup('?stato=in_corso&zona=ITC11-ZO06');
    expect(await screen.findByText('1 azione su 4')).toBeTruthy();
    expect(shownCodes()).toEqual(['1.1.1']);
    expect((screen.getByLabelText('Stato di attuazione') as HTMLSelectElement).value).toBe('in_corso');
    expect((screen.getByLabelText('Zona omogenea') as HTMLSelectElement).value).toBe('ITC11-ZO06');
    // The downloads hold what the page shows: the same filters.
    expect(screen.getByRole('link', { name: 'Tabella delle azioni in CSV' }).getAttribute('href')).toBe(
      `/api/plans/${PLAN}/actions/download?format=csv&status=in_corso&zone=ITC11-ZO06`,
    );
  });

  it('offers only the zones, offices and funding sources that occur, funding in words', async () => {
    setup();
    await screen.findByText('4 azioni su 4');
    const zones = within(screen.getByLabelText('Zona omogenea')).getAllByRole('option').map((o) => o.textContent);
    expect(zones).toEqual(['Tutte le zone', 'Torino', 'Pinerolese', 'Valli di Susa e Sangone']);
    const sources = within(screen.getByLabelText('Fonte di finanziamento')).getAllByRole('option').map((o) => o.textContent);
    expect(sources).toEqual(['Tutte le fonti', 'FESR – Fondo europeo di sviluppo regionale', 'Fondi propri dell’ente', 'PNRR – Piano nazionale di ripresa e resilienza']);
    const stati = within(screen.getByLabelText('Stato di attuazione')).getAllByRole('option').map((o) => o.textContent);
    expect(stati).toContain('Nessun aggiornamento');
    expect(stati).toContain('Da aggiornare');
  });

  it('changing a filter updates the count and the URL; "Azzera filtri" brings everything back', async () => {
    setup();
    await screen.findByText('4 azioni su 4');
    fireEvent.change(screen.getByLabelText('Ufficio responsabile'), { target: { value: 'SA1' } });
    expect(await screen.findByText('2 azioni su 4')).toBeTruthy();
    expect((screen.getByTestId('search')).textContent).toContain('?ufficio=SA1');

    fireEvent.change(screen.getByLabelText('Stato di attuazione'), { target: { value: 'da-aggiornare' } });
    expect(await screen.findByText('1 azione su 4')).toBeTruthy();
    expect(shownCodes()).toEqual(['1.1.3']);
    expect((screen.getByTestId('search')).textContent).toContain('?ufficio=SA1&stato=da-aggiornare');

    fireEvent.click(screen.getByRole('button', { name: 'Azzera filtri' }));
    expect(await screen.findByText('4 azioni su 4')).toBeTruthy();
    expect((screen.getByTestId('search')).textContent).toBe('');
  });

  it('searches code and title, ignoring accents', async () => {
    setup('?q=qualita');
    expect(await screen.findByText('1 azione su 4')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Cerca per codice o titolo'), { target: { value: '2.1' } });
    expect(await screen.findByText('1 azione su 4')).toBeTruthy();
    expect(shownCodes()).toEqual(['2.1.1']);
  });

  it('sorts by progress with aria-sort, unknown progress last', async () => {
    setup();
    await screen.findByText('4 azioni su 4');
    const header = screen.getByRole('columnheader', { name: /Avanzamento/ });
    expect((header).getAttribute('aria-sort')).toBe('none');
    expect((screen.getByRole('columnheader', { name: /Codice/ })).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect((header).getAttribute('aria-sort')).toBe('ascending'));
    expect(shownCodes()).toEqual(['1.1.3', '1.1.1', '1.1.2', '2.1.1']);
    fireEvent.click(within(header).getByRole('button'));
    await waitFor(() => expect((header).getAttribute('aria-sort')).toBe('descending'));
    expect(shownCodes()).toEqual(['1.1.2', '1.1.1', '1.1.3', '2.1.1']);
    expect((screen.getByTestId('search')).textContent).toContain('?ordine=avanzamento&verso=desc');
  });

  it('says so when no action matches, with a reset button', async () => {
    setup('?stato=sospesa');
    expect(await screen.findByText('Nessuna azione corrisponde ai filtri scelti.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    const resets = screen.getAllByRole('button', { name: 'Azzera filtri' });
    fireEvent.click(resets[resets.length - 1]!);
    expect(await screen.findByText('4 azioni su 4')).toBeTruthy();
  });

  it('shows an error with the problem detail when the table cannot be loaded', async () => {
    fakeApi({ [`/api/plans/${PLAN}/actions`]: { status: 404, body: { title: 'Not found', status: 404, detail: 'No plan psm-x.' } } });
    renderWithProviders(<ActionsExplorer plan={PLAN} />);
    expect((await screen.findByRole('alert')).textContent).toContain('No plan psm-x.');
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup('?stato=in_corso&lang=en');
    expect(await screen.findByText('2 actions of 4')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Table of the actions as Excel (XLSX)' }).getAttribute('href')).toBe(
      `/api/plans/${PLAN}/actions/download?format=xlsx&status=in_corso&lang=en`,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Actions of the plan' })).toBeTruthy();
    expect(screen.getByText(/Current reporting period: H2 2026/)).toBeTruthy();
    expect(screen.getAllByText('In progress').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Promuovere ricerca sulle telecomunicazioni di nuova generazione' }).closest('tr')?.textContent).toContain('To update');
    expect((screen.getByRole('button', { name: 'Clear filters' }) as HTMLButtonElement).disabled).toBe(false);
  });

  describe('overdue actions', () => {
    // 1.1.1 (in corso) planned to end on 2025-12-31, judged on 2026-12-01.
    const late = {
      ...table,
      items: table.items.map((r) => (r.code === '1.1.1' ? { ...r, overdue: { since: '2025-12-31', days: 335, reasons: [{ kind: 'plannedEnd' as const, dueDate: '2025-12-31' }] } } : r)),
    };

    it('marks them in the table with how long, and filters them with "solo in ritardo"', async () => {
      setup('', late);
      await screen.findByText('4 azioni su 4');
      const row = screen.getByRole('link', { name: 'Garantire qualità e affidabilità della connessione digitale' }).closest('tr')!;
      expect(within(row).getByText('In ritardo di 11 mesi')).toBeTruthy();
      expect(screen.queryAllByText(/^In ritardo di/)).toHaveLength(1);
      fireEvent.click(screen.getByRole('checkbox', { name: 'Solo in ritardo' }));
      expect(await screen.findByText('1 azione su 4')).toBeTruthy();
      expect(shownCodes()).toEqual(['1.1.1']);
      expect(screen.getByTestId('search').textContent).toContain('ritardo=si');
      expect(screen.getByRole('link', { name: 'Tabella delle azioni in CSV' }).getAttribute('href')).toBe(`/api/plans/${PLAN}/actions/download?format=csv&overdue=true`);
    });

    it('reads the filter from the URL, in English too', async () => {
      await i18n.changeLanguage('en');
      setup('?ritardo=si', late);
      expect(await screen.findByText('Overdue by 11 months')).toBeTruthy();
      expect((screen.getByRole('checkbox', { name: 'Overdue only' }) as HTMLInputElement).checked).toBe(true);
      expect(shownCodes()).toEqual(['1.1.1']);
    });
  });
});
