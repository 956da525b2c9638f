import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughApi, loginThroughUi } from './accounts';
import { REPO_ROOT, startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';

const SLOW = { timeout: 60_000 };
/** The real Eurostat TSV excerpt the server tests serve too (server/src/test/fixtures/sources/README.md). */
const TSV = fs.readFileSync(path.join(REPO_ROOT, 'server/src/test/fixtures/sources/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv'));

/**
 * Issue 14, item 3, from the screens: an analyst adds a data source (an address answering the Eurostat
 * TSV), sees it listed, and "Aggiorna dalla fonte" opens the import job with its preview. The page passes
 * axe-core in both languages at 1280 and 360 px.
 */
describe('analyst: data sources as addresses', () => {
  let server: AppServer;
  let browser: Browser;
  let source: http.Server;
  let sourceUrl = '';

  beforeAll(async () => {
    source = http.createServer((req, res) => {
      if (req.url === '/eurostat/nama_10r_3gdp.tsv') res.writeHead(200, { 'content-type': 'text/tab-separated-values', etag: '"v1"' }).end(TSV);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => source.listen(0, '127.0.0.1', resolve));
    sourceUrl = `http://127.0.0.1:${(source.address() as AddressInfo).port}/eurostat/nama_10r_3gdp.tsv`;
    server = await startAppServer({ users: Object.values(E2E_USERS) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await new Promise<void>((resolve) => source.close(() => resolve()));
  });

  it('adds a source and refreshes it into the usual preview', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.analyst);
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Fonti dei dati' }).click();
      await page.waitForURL('**/gestione/fonti');
      const form = page.getByRole('form', { name: 'Aggiungi una fonte' });
      await form.getByLabel(/^Nome/).fill('Eurostat: PIL pro capite');
      await form.getByLabel(/^Indirizzo della fonte/).fill(sourceUrl);
      await form.getByLabel(/^Indicatore di cui/).fill('EUROSTAT_GDP_EUR_HAB');
      await form.getByLabel(/^Filtri/).fill('unit=EUR_HAB\ngeo=IT,ITC1,ITC11,ITC');
      await form.getByRole('button', { name: 'Aggiungi la fonte' }).click();
      const row = page.getByRole('row', { name: /Eurostat: PIL pro capite/ });
      await row.waitFor(SLOW);
      await row.getByRole('button', { name: 'Controlla ora' }).click();
      await row
        .getByText('Nuovi dati disponibili')
        .waitFor(SLOW)
        .catch(async (err: unknown) => {
          throw new Error(`no badge; the row reads: ${await row.textContent()}`, { cause: err });
        });
      await row.getByRole('button', { name: 'Aggiorna dalla fonte' }).click();
      await page.waitForURL(/\/gestione\/importazioni\/\d+/, SLOW);
      await page.getByText(/anteprima|Anteprima/).first().waitFor(SLOW);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the sources page passes axe-core in Italian and English at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        await loginThroughApi(context, server.baseUrl, E2E_USERS.analyst);
        for (const lang of ['it', 'en'] as const) {
          const page = await context.newPage();
          await page.goto(new URL(`/gestione/fonti?lang=${lang}`, server.baseUrl).toString());
          await page.locator('h1').waitFor();
          await page.getByRole('table').waitFor(SLOW);
          expect.soft(await axeViolations(page), `axe-core: sources ${lang} ${width}`).toEqual([]);
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
  });
});
