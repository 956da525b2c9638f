import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportBatchDetail } from '@psm/server/contract';
import { i18n } from '../../../i18n/i18n';
import { fakeApi, sessionOf } from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import { batchOf, reportOf } from '../testing/fixtures';
import { ImportJob } from './import-job';

const invalidReport = reportOf({
  status: 'invalid',
  file: { name: 'istat_sdmx_csv_41_983_incidenti_comuni.csv', size: 2138, checksum: 'def', format: 'istat-sdmx-csv', formatLabel: 'ISTAT SDMX-CSV' },
  counts: { records: 36, filteredOut: 0, missing: 0, valid: 0, inserted: 0, updated: 0, unchanged: 0, errors: 37 },
  indicators: [],
  territories: 0,
  periods: null,
  errors: [
    {
      row: 2,
      column: 'ITTER107',
      code: 'territory.unknown',
      params: { code: '072006', label: null, dimension: 'ITTER107', count: 18, rows: [2, 3, 4, 5, 6], moreRows: true },
      message:
        'Unknown territory "072006": not an ISTAT, NUTS or UTS code, nor the name of one of our territories (GET /api/territories). To import only the territories we have, filter them: --filter ITTER107=CODE,CODE… (18 values: rows 2, 3, 4, 5, 6, …)',
    },
    // A server without codes: its English message is read as before.
    { row: 20, column: 'ITTER107', message: 'Unknown territory "082053": not an ISTAT, NUTS or UTS code (18 values: rows 20, 21, 22, 23, 24, …)' },
    { row: 9, column: 'OBS_VALUE', code: 'value.notNumber', params: { value: '12,x' }, message: '"12,x" is not a number.' },
    {
      row: 3,
      column: 'ESITO',
      code: 'dimension.severalValues',
      params: { dimension: 'ESITO', values: ['F', 'M'], more: false, suggestion: 'F' },
      message: '"ESITO" has several values (F, M), so one indicator, territory and period would get more than one value: keep one with --filter ESITO=F.',
    },
  ],
});

type Routes = Parameters<typeof fakeApi>[0];

function setup(initial: ImportBatchDetail, routes: (state: { batch: ImportBatchDetail }) => Routes = () => ({})) {
  const state = { batch: initial };
  const calls = fakeApi({
    'GET /api/imports/7': () => ({ body: state.batch }),
    ...routes(state),
  });
  renderWithProviders(<ImportJob id={7} />, { session: sessionOf('analyst') });
  return { state, calls };
}

describe('ImportJob', () => {
  it('polls the running preview, showing its phase and progress, then the errors row by row and the unknown codes', async () => {
    const { state } = setup(
      batchOf({ status: 'previewing', progress: { phase: 'reading', rowsDone: 400, rowsTotal: 1841, bytesDone: 3000, bytesTotal: 15275, percent: 21 } }),
    );
    const bar = await screen.findByRole('progressbar', { name: /Verifica del file in corso/ });
    expect(bar.getAttribute('aria-valuenow')).toBe('21');
    expect(screen.getByText('Lettura del file: 400 di circa 1.841 righe')).toBeTruthy();
    const steps = screen.getByRole('navigation', { name: "Fasi dell'importazione" });
    expect(within(steps).getByText('Fase 2 di 4:')).toBeTruthy();

    state.batch = batchOf({ status: 'invalid', counts: { ...batchOf().counts, records: 36, errors: 37 }, report: invalidReport });
    expect(await screen.findByText('Il file contiene errori e non può essere importato', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: "Conferma l'importazione" })).toBeNull();

    const unknown = screen.getByRole('table', { name: 'Codici del file che non corrispondono ai nostri' });
    const codeRows = within(unknown).getAllByRole('row').slice(1);
    expect(codeRows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Territorio (ITTER107)', '18', '2, 3, 4, 5, 6, …'],
      ['Territorio (ITTER107)', '18', '20, 21, 22, 23, 24, …'],
    ]);
    expect(within(codeRows[0]!).getByRole('rowheader').textContent).toBe('072006');
    expect(screen.getByText(/aggiungi un filtro sulla colonna ITTER107/)).toBeTruthy();

    const issues = screen.getByRole('table', { name: 'Errori trovati nel file, per riga e colonna' });
    const [head, row, several] = within(issues).getAllByRole('row');
    expect(within(head!).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Riga', 'Colonna', 'Valore', 'Messaggio']);
    // Each message in Italian from its code, naming the form's field, not a command-line flag.
    expect(within(row!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['9', 'OBS_VALUE', '12,x', '"12,x" non è un numero.']);
    const hint = within(several!).getAllByRole('cell').at(-1)!.textContent;
    expect(hint).toMatch(/^"ESITO" ha più valori \(F, M\).*nel campo "Filtri" scrivi ESITO=F\.$/);
    expect(issues.textContent).not.toContain('--');
    expect(screen.getByText('errori').closest('div')?.textContent).toContain('37');
    // Polls twice and renders two tables: more than the default 5 s on a busy machine.
  }, 15_000);

  it('commits a clean preview, polls the commit, then links each indicator and rolls back after a confirmation', async () => {
    const previewed = batchOf({ status: 'previewed', report: reportOf() });
    const committing = { ...previewed, status: 'committing' as const, progress: { phase: 'writing' as const, rowsDone: 50, rowsTotal: 91, bytesDone: 0, bytesTotal: 0, percent: 54 } };
    const committed = batchOf({
      status: 'committed',
      committedAt: '2026-11-25T10:05:00.000Z',
      counts: { records: 1840, filteredOut: 1748, missing: 1, inserted: 23, updated: 0, unchanged: 68, errors: 0 },
      report: reportOf({ status: 'committed', mode: 'commit', batchId: 7 }),
    });
    const rollback = { batchId: 7, removed: 23, restored: 0, indicatorsRemoved: [] };
    const { calls } = setup(previewed, (state) => ({
      'POST /api/imports/7/commit': () => {
        state.batch = committing;
        setTimeout(() => (state.batch = committed), 600);
        return { status: 202, body: { ...committing, report: undefined, progress: null } };
      },
      'POST /api/imports/7/rollback': () => {
        state.batch = { ...committed, status: 'rolled_back', rolledBackAt: '2026-11-25T10:10:00.000Z', rolledBackBy: 'a@example.org' };
        return { body: rollback };
      },
    }));

    expect(await screen.findByText('Il file è valido: conferma per scrivere i valori.')).toBeTruthy();
    const tiles = Array.from(document.querySelectorAll('.import-counts__tiles dd')).map((d) => d.textContent);
    expect(tiles).toEqual(['23', '0', '68', '0']);
    expect(screen.getByText(/1\.840 righe lette · 1\.748 escluse dai filtri · 1 senza valore · 4 territori · periodi da 2000 a 2021/)).toBeTruthy();

    const commitButton = screen.getByRole('button', { name: "Conferma l'importazione" });
    await waitFor(() => expect(commitButton).toHaveProperty('disabled', false));
    fireEvent.click(commitButton);
    expect(await screen.findByRole('progressbar', { name: /Scrittura dei valori in corso/ })).toBeTruthy();
    const commit = calls.filter((c) => c.method === 'POST' && c.url === '/api/imports/7/commit');
    expect(commit).toHaveLength(1);
    expect(commit[0]!.headers.get('x-csrf-token')).toBe('csrf-token-123');

    expect(await screen.findByRole('heading', { name: 'Importazione completata' }, { timeout: 3000 })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Pagina pubblica di PIL per abitante (euro)' });
    expect(link.getAttribute('href')).toBe('/indicatori/EUROSTAT_GDP_EUR_HAB');
    const steps = screen.getByRole('navigation', { name: "Fasi dell'importazione" });
    expect(within(steps).getByText('Fase 4 di 4:')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Annulla questa importazione' }));
    const dialog = await screen.findByRole('alertdialog', { name: "Annullare l'importazione n. 7?" });
    expect(dialog.textContent).toContain('Da rimuovere: 23 valori nuovi');
    await waitFor(() => expect(document.activeElement).toBe(dialog));
    fireEvent.click(within(dialog).getByRole('button', { name: "Sì, annulla l'importazione" }));
    expect(await screen.findByRole('heading', { name: 'Importazione annullata' })).toBeTruthy();
    expect(await screen.findByText(/Rimossi: 23 valori\. Di nuovo correnti: 0 valori precedenti\./)).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/imports/7/rollback').map((c) => c.headers.get('x-csrf-token'))).toEqual(['csrf-token-123']);
  });

  it('explains a refused commit (409) with the server’s detail', async () => {
    setup(batchOf({ status: 'previewed', report: reportOf() }), () => ({
      'POST /api/imports/7/commit': {
        status: 409,
        body: { title: 'Conflict', status: 409, detail: 'Batch 7 (x.tsv) is already being committed.' },
      },
    }));
    const commitButton = await screen.findByRole('button', { name: "Conferma l'importazione" });
    await waitFor(() => expect(commitButton).toHaveProperty('disabled', false));
    fireEvent.click(commitButton);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("Non è possibile confermare l'importazione");
    expect(alert.textContent).toContain('Batch 7 (x.tsv) is already being committed. (HTTP 409)');
  });

  it('says when the same file was already imported, with no commit button', async () => {
    setup(batchOf({ status: 'previewed', report: reportOf({ alreadyImported: { batchId: 3, committedAt: '2026-11-20T09:00:00.000Z' } }) }));
    expect(await screen.findByText('File già importato')).toBeTruthy();
    expect(screen.getByRole('link', { name: "Apri l'importazione n. 3" }).getAttribute('href')).toBe('/gestione/importazioni/3');
    expect(screen.queryByRole('button', { name: "Conferma l'importazione" })).toBeNull();
  });

  it('a batch that failed during its commit says nothing was written, not the preview\'s counts as if stored', async () => {
    setup(batchOf({ status: 'failed', error: 'disk on fire', errorCode: 'job.failed', errorParams: { detail: 'disk on fire' }, report: reportOf({ mode: 'commit' }) }));
    expect(await screen.findByText("L'importazione non è riuscita")).toBeTruthy();
    expect(screen.getByText("Nessun valore è stato scritto. L'anteprima aveva trovato: 23 valori da inserire, 0 da aggiornare.")).toBeTruthy();
    expect(screen.queryByText('non ancora presenti')).toBeNull();
    expect(screen.queryByRole('button', { name: "Conferma l'importazione" })).toBeNull();
  });

  it('reads in English', async () => {
    await i18n.changeLanguage('en');
    setup(batchOf({ status: 'invalid', report: invalidReport }));
    expect(await screen.findByText('The file has errors and cannot be imported')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Errors found in the file, by row and column' })).toBeTruthy();
    expect(screen.getByText('Codes not recognised')).toBeTruthy();
    expect(screen.getByText(/36 rows read/)).toBeTruthy();
  });
});
