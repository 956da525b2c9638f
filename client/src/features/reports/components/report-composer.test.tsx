import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ReportOut } from '@psm/server/contract';
import { fakeApi, sessionOf, type Route } from '../../../test/fake-api';
import { LocationProbe, renderRoutes } from '../../../test/render';
import { documentOf, indicators, PLAN, report, tree } from '../test/report-fixtures';
import { ReportComposer } from './report-composer';

const ETAG = '"v3-abc"';
const api = (r: ReportOut, more: Record<string, Route> = {}) =>
  fakeApi({
    '/api/reports/5': { body: r, headers: { ETag: ETAG } },
    '/api/reports/5/document': { body: documentOf(r) },
    '/api/indicators?pageSize=200': { body: indicators },
    '/api/indicators/POP_RES': { body: { code: 'POP_RES', name: 'Popolazione residente', coverage: [{ territory: { code: '001272', name: 'Torino', level: 'comune' }, observations: 7, firstPeriod: '2019', lastPeriod: '2025' }] } },
    [`/api/plans/${PLAN}/tree`]: { body: tree },
    ...more,
  });
const render = () =>
  renderRoutes(
    [
      { path: '/gestione/rapporti/5', element: <ReportComposer id={5} /> },
      { path: '/gestione/rapporti/:id', element: <LocationProbe /> },
    ],
    { route: '/gestione/rapporti/5', session: sessionOf('analyst') },
  );
const sectionsList = () => screen.getAllByRole('region', { name: /^Sezione \d/ });
const section = (n: number) => screen.getByRole('region', { name: new RegExp(`^Sezione ${n}:`) });

describe('ReportComposer', () => {
  it('adds, moves and removes sections, and saves them with If-Match', async () => {
    const saved = report({ version: 4, sections: [{ kind: 'text', markdown: 'Il **piano** in sintesi.' }, { kind: 'indicator', indicator: 'POP_RES', table: true, text: null }] });
    const calls = api(report(), { 'PATCH /api/reports/5': { body: saved, headers: { ETag: '"v4-def"' } } });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'PSM 2024-2026 – Aggiornamento 2026' })).toBeTruthy();
    expect(sectionsList()).toHaveLength(2);
    // The proposed sentences of the indicator, with the button that starts from them.
    expect(await within(section(2)).findByText('Nel 2025 la popolazione residente è di 2.207.873 abitanti.')).toBeTruthy();
    expect(await within(section(2)).findByRole('checkbox', { name: 'Torino' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Tipo della nuova sezione'), { target: { value: 'text' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aggiungi la sezione' }));
    expect(sectionsList()).toHaveLength(3);
    fireEvent.change(within(section(3)).getByLabelText(/^Testo \(Markdown\)/), { target: { value: 'Il **piano** in sintesi.' } });
    fireEvent.click(within(section(3)).getByRole('button', { name: 'Sposta su: sezione 3' }));
    fireEvent.click(within(section(2)).getByRole('button', { name: 'Sposta su: sezione 2' }));
    expect(section(1).querySelector('h3')!.textContent).toBe('Sezione 1: Testo');
    fireEvent.click(within(section(2)).getByRole('button', { name: 'Rimuovi: sezione 2' }));
    expect(sectionsList().map((s) => s.querySelector('h3')!.textContent)).toEqual(['Sezione 1: Testo', 'Sezione 2: Figura di un indicatore']);
    expect(screen.getByText('Ci sono modifiche non salvate.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect((await screen.findByRole('status')).textContent).toBe('Rapporto salvato (versione 4).');
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe(ETAG);
    expect(patch.headers.get('X-CSRF-Token')).toBe('csrf-token-123');
    expect(patch.body).toEqual({ title: 'PSM 2024-2026 – Aggiornamento 2026', referenceDate: '2026-06-30', lang: 'it', sections: saved.sections });
  });

  it('filters a status table by the zones, offices and funding sources of the plan, and adds a coherence section', async () => {
    const rollup = { zones: [{ code: 'ITC11-ZO01', name: 'Zona 1 – Torino' }], offices: [{ code: 'UFF-SVI', name: 'Sviluppo economico' }], fundings: [{ sourceType: 'pnrr', amount: 1000 }] };
    const calls = api(report({ sections: [] }), {
      [`/api/plans/${PLAN}/rollup`]: { body: rollup },
      'PATCH /api/reports/5': { body: report({ version: 4 }), headers: { ETag: '"v4-def"' } },
    });
    render();
    await screen.findByRole('heading', { level: 1 });
    for (const kind of ['status-table', 'coherence']) {
      fireEvent.change(screen.getByLabelText('Tipo della nuova sezione'), { target: { value: kind } });
      fireEvent.click(screen.getByRole('button', { name: 'Aggiungi la sezione' }));
    }
    const funding = await within(section(1)).findByLabelText('Solo le azioni con la fonte di finanziamento');
    await within(funding).findByRole('option', { name: 'PNRR – Piano nazionale di ripresa e resilienza' });
    fireEvent.change(funding, { target: { value: 'pnrr' } });
    fireEvent.change(within(section(1)).getByLabelText('Solo le azioni della zona omogenea'), { target: { value: 'ITC11-ZO01' } });
    expect(within(section(2)).getByText(/^Una tabella degli obiettivi degli strumenti di pianificazione/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await screen.findByRole('status');
    expect(calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({
      sections: [{ kind: 'status-table', by: 'axis', funding: 'pnrr', zone: 'ITC11-ZO01' }, { kind: 'coherence' }],
    });
  });

  it('writes its own sentences and goes back to the proposed ones', async () => {
    const calls = api(report(), { 'PATCH /api/reports/5': { body: report({ version: 4 }), headers: { ETag: '"v4-def"' } } });
    render();
    const useIt = await screen.findByRole('button', { name: 'Usa il testo proposto' });
    fireEvent.click(useIt);
    const sentences = within(section(2)).getByLabelText(/^Frasi di commento/) as HTMLTextAreaElement;
    expect(sentences.value).toBe('Nel 2025 la popolazione residente è di 2.207.873 abitanti.');
    fireEvent.change(sentences, { target: { value: 'La popolazione resta stabile.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await screen.findByRole('status');
    expect((calls.find((c) => c.method === 'PATCH')!.body as { sections: { text?: string }[] }).sections[1]!.text).toBe('La popolazione resta stabile.');
    fireEvent.change(within(section(2)).getByLabelText(/^Frasi di commento/), { target: { value: 'Altro.' } });
    fireEvent.click(within(section(2)).getByRole('button', { name: 'Ripristina il testo proposto' }));
    expect((within(section(2)).getByLabelText(/^Frasi di commento/) as HTMLTextAreaElement).value).toBe('');
  });

  it('shows a refused field at its section, and a conflict with a way to reload', async () => {
    api(report(), {
      'PATCH /api/reports/5': [
        { status: 400, body: { status: 400, title: 'Invalid', errors: [{ name: 'sections.1.indicator', message: 'no indicator "POP_RES" with data at this date' }] } },
        { status: 409, body: { status: 409, title: 'Conflict', detail: 'changed', currentVersion: 6 } },
      ],
    });
    render();
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    const select = await within(section(2)).findByLabelText(/^Indicatore/);
    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(within(section(2)).getByText('no indicator "POP_RES" with data at this date')).toBeTruthy();
    expect(within(screen.getAllByRole('alert')[0]!).getByRole('link').textContent).toContain('Sezione 2: Figura di un indicatore');
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText(/Qualcuno ha salvato questo rapporto dopo che l’hai aperto \(versione 6\)/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ricarica la versione attuale' })).toBeTruthy();
  });

  it('previews numbered figures and tables, and the values revised after publication', async () => {
    const r = report();
    const revised = documentOf(r, {
      revisions: [
        { section: 1, figure: 1, indicator: 'POP_RES', territory: '001', territoryName: 'Città metropolitana di Torino', period: '2025', quoted: 2207873, current: 2210004.5, unit: 'abitanti', format: 'manuale', revisedAt: '2026-09-15T10:00:00.000Z' },
      ],
    });
    api(r, { '/api/reports/5/document': { body: revised } });
    render();
    const preview = await screen.findByRole('region', { name: 'Anteprima' });
    const figure = await within(preview).findByRole('figure');
    expect(within(figure).getByRole('img').getAttribute('alt')).toBe('Grafico a linee della popolazione residente');
    expect(within(figure).getByRole('img').getAttribute('src')).toBe('/api/indicators/POP_RES/figures/line.svg?at=2026-06-30');
    expect(figure.querySelector('figcaption')!.textContent).toContain('Figura 1: Popolazione residente, 2019-2025');
    expect(figure.textContent).toContain('Fonte: ISTAT, Popolazione residente al 1° gennaio.');
    const table = within(preview).getByRole('table', { name: 'Tabella 1: Popolazione residente, valori' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(within(table).getAllByRole('cell')[2]!.className).toContain('text-end');
    expect(within(preview).getByText('stabile').tagName).toBe('STRONG');
    const notice = within(preview).getByRole('region', { name: 'Rivisto dopo la pubblicazione' });
    expect(notice.textContent).toContain('Figura 1 – Città metropolitana di Torino, 2025: 2.207.873 abitanti → 2.210.004,5 abitanti');
    expect(notice.textContent).toContain('(inserimento manuale, 15 settembre 2026)');
  });

  it('shows a final report read-only, and duplicates it for the next update', async () => {
    const calls = api(report({ status: 'final', finalisedAt: '2026-07-10T12:00:00.000Z' }), {
      'POST /api/reports/5/duplicate': { status: 201, body: report({ id: 8, title: 'PSM 2024-2026 – Aggiornamento 2027' }), headers: { ETag: '"v1-z"' } },
    });
    render();
    expect(await screen.findByText(/Questo rapporto è definitivo dal 10 luglio 2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Salva' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rendi definitivo' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Aggiungi la sezione' })).toBeNull();
    expect((screen.getByLabelText(/^Testo del titolo/) as HTMLInputElement).closest('fieldset')!.disabled).toBe(true);
    expect(screen.getByRole('link', { name: 'Scarica PDF' }).getAttribute('href')).toBe('/api/reports/5/export.pdf');
    fireEvent.click(screen.getByRole('button', { name: 'Duplica' }));
    const form = screen.getByRole('form', { name: 'Duplica il rapporto' });
    fireEvent.change(within(form).getByLabelText(/^Titolo/), { target: { value: 'PSM 2024-2026 – Aggiornamento 2027' } });
    fireEvent.change(within(form).getByLabelText(/^Dati al/), { target: { value: '2026-07-31' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Crea la copia' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/gestione/rapporti/8'));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ title: 'PSM 2024-2026 – Aggiornamento 2027', referenceDate: '2026-07-31' });
  });

  it('makes a draft final after a confirmation, with If-Match', async () => {
    const calls = api(report(), { 'POST /api/reports/5/finalise': { body: report({ status: 'final', version: 4, finalisedAt: '2026-07-10T12:00:00.000Z' }), headers: { ETag: '"v4-f"' } } });
    render();
    fireEvent.click(await screen.findByRole('button', { name: 'Rendi definitivo' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Sì, rendi definitivo' }));
    expect(await screen.findByText(/Questo rapporto è definitivo dal/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.headers.get('If-Match')).toBe(ETAG);
    expect(screen.queryByRole('button', { name: 'Salva' })).toBeNull();
  });
});
