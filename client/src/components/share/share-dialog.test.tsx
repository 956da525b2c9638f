import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { renderWithProviders } from '../../test/render';
import { ShareButton, type ShareProps } from './share-dialog';

const INDICATOR: ShareProps = { kind: 'indicator', code: 'BES_03LAV001', title: 'Tasso di occupazione (20-64 anni)', version: { kind: 'date', value: '2026-11-12T09:30:00Z' } };
const ROUTE = '/indicatori/BES_03LAV001?territori=ITC11,IT&tab=tabella';

function openDialog(props: ShareProps = INDICATOR, route = ROUTE, name = 'Condividi, incorpora o cita questa pagina') {
  renderWithProviders(<ShareButton {...props} />, { route });
  fireEvent.click(screen.getByRole('button', { name }));
  return screen.getByRole('dialog');
}

const field = (dialog: HTMLElement, label: string) => (within(dialog).getByLabelText(label) as HTMLTextAreaElement).value;

describe('ShareDialog', () => {
  const origin = window.location.origin;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 10, 0));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await i18n.changeLanguage('it');
  });

  it('gives the permalink of the view, the embed code and the citations in Italian', () => {
    const dialog = openDialog();
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Condividi' })).toBeTruthy();
    expect(dialog.getAttribute('aria-labelledby')).toBe(within(dialog).getByRole('heading', { level: 2 }).id);

    expect(field(dialog, 'Indirizzo della pagina')).toBe(`${origin}${ROUTE}`);
    // Only the view's parameters travel to the embed: the territories, not the tab.
    expect(field(dialog, 'Codice da incorporare')).toBe(
      `<iframe src="${origin}/embed/indicatori/BES_03LAV001?territori=ITC11%2CIT" title="Tasso di occupazione (20-64 anni)" width="100%" height="760" loading="lazy" style="border:0"></iframe>`,
    );
    expect(field(dialog, 'Citazione breve')).toBe(
      `Città metropolitana di Torino, «Tasso di occupazione (20-64 anni)», dati aggiornati al 12 novembre 2026, ${origin}${ROUTE} (consultato il 2 dicembre 2026).`,
    );
    expect(field(dialog, 'Citazione estesa')).toBe(
      `Città metropolitana di Torino (2026). «Tasso di occupazione (20-64 anni)». Monitoraggio del Piano strategico metropolitano, indicatore BES_03LAV001, dati aggiornati al 12 novembre 2026. Disponibile su: ${origin}${ROUTE} (consultato il 2 dicembre 2026).`,
    );
    expect(field(dialog, 'BibTeX').split('\n')).toEqual([
      '@misc{cmto-psm-BES-03LAV001-2026-12-02,',
      '  author       = {{Città metropolitana di Torino}},',
      '  title        = {{Tasso di occupazione (20-64 anni)}},',
      '  howpublished = {Monitoraggio del Piano strategico metropolitano},',
      '  year         = {2026},',
      `  url          = {${origin}${ROUTE}},`,
      '  urldate      = {2026-12-02},',
      '  note         = {Dati aggiornati al 2026-11-12}',
      '}',
    ]);
  });

  it('speaks English on English pages, and cites a strategy by its latest period', async () => {
    await i18n.changeLanguage('en');
    const route = '/piani/psm-2024-2026/strategie/2.1?lang=en';
    const strategy: ShareProps = { kind: 'strategy', code: 'psm-2024-2026/2.1', title: 'Strategy 2.1 – Torino attrattiva', version: { kind: 'period', value: '2023', label: '2023' } };
    const dialog = openDialog(strategy, route, 'Share, embed or cite this page');
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Share' })).toBeTruthy();
    expect(field(dialog, 'Page address')).toBe(`${origin}${route}`);
    expect(field(dialog, 'Code to embed')).toContain(`src="${origin}/embed/piani/psm-2024-2026/strategie/2.1?lang=en" title="Strategy 2.1 – Torino attrattiva" width="100%" height="900"`);
    expect(field(dialog, 'Short citation')).toBe(`Città metropolitana di Torino, “Strategy 2.1 – Torino attrattiva”, data up to 2023, ${origin}${route} (accessed on 2 December 2026).`);
    expect(field(dialog, 'Full citation')).toContain('Monitoring of the Metropolitan Strategic Plan, strategy psm-2024-2026/2.1, data up to 2023. Available at:');
    expect(field(dialog, 'BibTeX')).toContain('note         = {Data up to 2023}');
  });

  it('copies with its buttons and says so; Escape and Chiudi close it and give focus back', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const dialog = openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Copia il codice' }));
    expect(await within(dialog).findByText('Copiato negli appunti.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(field(dialog, 'Codice da incorporare'));

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    const opener = screen.getByRole('button', { name: 'Condividi, incorpora o cita questa pagina' });
    expect(document.activeElement).toBe(opener);

    fireEvent.click(opener);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Chiudi' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
