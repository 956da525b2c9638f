import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n';
import { renderWithProviders } from '../../../test/render';
import { PIEMONTE, TORINO } from '../test-fixtures';
import { DownloadGroup } from './download-group';

const URL = '/api/indicators/BES_X/download';
const hrefs = (region: HTMLElement) => within(region).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href'), a.hasAttribute('download')]);

describe('DownloadGroup', () => {
  afterEach(async () => {
    await i18n.changeLanguage('it');
  });

  it('offers the data shown in four formats, then the full series', () => {
    renderWithProviders(<DownloadGroup indicator="BES_X" territories={[TORINO, PIEMONTE]} />);
    const region = screen.getByRole('region', { name: 'Scarica i dati' });
    const shown = within(region).getByRole('radio', { name: 'Dati mostrati' }) as HTMLInputElement;
    expect(shown.checked).toBe(true);
    expect(shown.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(shown.getAttribute('aria-describedby')!)!.textContent).toContain('Territori: Città metropolitana di Torino, Piemonte.');
    expect(within(region).getByRole('list', { name: 'Formati' })).toBeTruthy();
    expect(hrefs(region)).toEqual([
      ['CSV', `${URL}?format=csv&scope=shown&territory=ITC11,ITC1`, true],
      ['CSV per Excel', `${URL}?format=csv-excel&scope=shown&territory=ITC11,ITC1`, true],
      ['Excel (XLSX)', `${URL}?format=xlsx&scope=shown&territory=ITC11,ITC1`, true],
      ['ZIP con metadati', `${URL}?format=zip&scope=shown&territory=ITC11,ITC1`, true],
    ]);
    fireEvent.click(within(region).getByRole('radio', { name: 'Serie completa' }));
    expect(within(region).getByRole('link', { name: 'CSV per Excel' }).getAttribute('href')).toBe(`${URL}?format=csv-excel&scope=full`);
  });

  it('speaks English and asks for English headers on an English page', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<DownloadGroup indicator="BES_X" territories={[TORINO]} />, { route: '/?lang=en' });
    const region = screen.getByRole('region', { name: 'Download the data' });
    fireEvent.click(within(region).getByRole('radio', { name: 'Full series' }));
    expect(within(region).getByRole('link', { name: 'CSV for Excel' }).getAttribute('href')).toBe(`${URL}?format=csv-excel&scope=full&lang=en`);
    expect(within(region).getByRole('link', { name: 'ZIP with metadata' }).getAttribute('href')).toBe(`${URL}?format=zip&scope=full&lang=en`);
  });
});
