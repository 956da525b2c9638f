import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughUi } from './accounts';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';

const SLOW = { timeout: 60_000 };
const CODE = 'CM_E2E_VERDE';

/**
 * Issue 14, item 1, from the screens alone: an analyst creates a constructed indicator, types three
 * values in its grid, previews the batch, confirms it, and finds the values on the page. axe-core
 * finds nothing on the new pages.
 */
describe('analyst: a constructed indicator and its values', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAppServer({ users: Object.values(E2E_USERS) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates the indicator, enters three values, previews, confirms and sees them', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.analyst);
      await page.goto(new URL('/gestione/indicatori', server.baseUrl).toString());
      await page.getByRole('link', { name: 'Nuovo indicatore' }).click();
      await page.waitForURL('**/gestione/indicatori/nuovo');
      const form = page.getByRole('form', { name: 'Nuovo indicatore' });
      await form.waitFor();
      expect(await axeViolations(page), 'axe-core: new indicator').toEqual([]);
      await form.getByLabel(/^Codice/).fill(CODE);
      await form.getByLabel(/^Nome \(obbligatorio\)/).fill('Verde pubblico censito (E2E)');
      await form.getByLabel(/^Unità di misura/).fill('m² per abitante');
      await form.getByRole('button', { name: /^Crea l.indicatore$/ }).click();
      await page.waitForURL(`**/gestione/indicatori/${CODE}`, SLOW);

      await page.getByRole('link', { name: 'Inserisci o modifica i valori' }).click();
      await page.waitForURL(`**/gestione/indicatori/${CODE}/valori`);
      await page.getByText('Nessun valore: aggiungi una riga.').waitFor(SLOW);
      const values: [string, string, string][] = [
        ['ITC11', '2022', '10,5'],
        ['ITC11', '2023', '11,25'],
        ['ITC11', '2024-Q1', '12'],
      ];
      for (const [i, [territory, period, value]] of values.entries()) {
        await page.getByRole('button', { name: 'Aggiungi una riga' }).click();
        await page.getByLabel(`Territorio: nuova riga ${i + 1}`).selectOption(territory);
        await page.getByLabel(`Periodo: nuova riga ${i + 1}`).fill(period);
        await page.getByLabel(`Valore: nuova riga ${i + 1}`).fill(value);
      }
      expect(await axeViolations(page), 'axe-core: value grid').toEqual([]);
      await page.getByRole('button', { name: 'Anteprima', exact: true }).click();
      const preview = page.getByRole('region', { name: 'Anteprima del salvataggio' });
      await preview.getByText('3 nuovi, 0 modificati, 0 invariati, 0 senza valore').waitFor(SLOW);
      expect(await axeViolations(page), 'axe-core: preview').toEqual([]);
      await preview.getByRole('button', { name: 'Conferma' }).click();
      await page.getByText(/^Salvato: lotto n\. \d+ \(3 nuovi, 0 modificati\)\.$/).waitFor(SLOW);

      await page.reload();
      await page.getByRole('rowheader').first().waitFor(SLOW);
      expect(await page.getByRole('rowheader').count()).toBe(3);
      expect(await page.getByLabel(/^Valore: .* 2023$/).inputValue()).toBe('11,25');
      expect(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
