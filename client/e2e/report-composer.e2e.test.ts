import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughUi } from './accounts';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser, openSettled } from './browser';

const SLOW = { timeout: 60_000 };
const TITLE = 'PSM 2024-2026 – Aggiornamento 2026';
const NEXT_TITLE = 'PSM 2024-2026 – Aggiornamento 2027';
/** Where to save the screenshots of the composer and its preview (Italian, 1280 and 360 px); none when unset. */
const SHOTS = process.env.E2E_SHOTS_DIR;

const section = (page: Page, n: number) => page.getByRole('region', { name: new RegExp(`^Sezione ${n}:`) });

async function addSection(page: Page, kind: string): Promise<void> {
  await page.getByLabel('Tipo della nuova sezione').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Aggiungi la sezione' }).click();
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  // The first screen too, readable at full size.
  await page.screenshot({ path: path.join(SHOTS, `${name}.top.png`) });
}

/**
 * Issue 12 item 4, from the screens alone: an analyst composes the 2026 update of the plan with a
 * heading, a text, an indicator figure with its table, a strategy summary, the status table and a
 * roll-up; previews it, downloads DOCX and PDF, makes it final and duplicates it for 2027. The list
 * and the composer pass axe-core at 1280 and 360 px.
 */
describe('analyst: the report composer', () => {
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

  it('composes, previews, downloads, finalises and duplicates a report', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.analyst);

      // The list, from the back-office navigation, and a new report.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Rapporti' }).click();
      await page.waitForURL('**/gestione/rapporti');
      const create = page.getByRole('form', { name: 'Nuovo rapporto' });
      await create.waitFor();
      expect(await create.getByLabel(/^Edizione del piano/).inputValue()).toBe('psm-2024-2026');
      await create.getByLabel(/^Titolo/).fill(TITLE);
      await create.getByRole('button', { name: 'Crea il rapporto' }).click();
      await page.waitForURL(/\/gestione\/rapporti\/\d+$/, SLOW);
      const reportUrl = page.url();
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

      // The sections, one of each kind.
      await addSection(page, 'Titolo di paragrafo');
      await section(page, 1).getByLabel(/^Testo del titolo/).fill('Lo stato del piano');
      await addSection(page, 'Testo');
      await section(page, 2).getByLabel(/^Testo \(Markdown\)/).fill('Il rapporto riassume **lo stato** del piano.\n\n- gli indicatori\n- le azioni');
      await addSection(page, 'Figura di un indicatore');
      // The indicator picker is a list one types in: the code finds it, a click chooses it.
      await section(page, 3).getByRole('combobox', { name: /^Indicatore/ }).fill('BES_12SER020');
      await section(page, 3).getByRole('option', { name: /\(BES_12SER020\)$/ }).click();
      // Bootstrap Italia draws the box on the label, which takes the click.
      await section(page, 3).getByText('Con tabella dei valori').click();
      expect(await section(page, 3).getByLabel('Con tabella dei valori').isChecked()).toBe(true);
      await addSection(page, 'Sintesi di una strategia');
      await section(page, 4).getByLabel(/^Strategia/).selectOption('1.1');
      await addSection(page, 'Tabella dello stato delle azioni');
      await addSection(page, 'Riepilogo dell’avanzamento');
      await section(page, 6).getByLabel(/^Livello/).selectOption('assi');
      await page.getByRole('button', { name: 'Salva' }).click();
      await page.getByRole('status').filter({ hasText: 'Rapporto salvato (versione 2).' }).waitFor(SLOW);

      // The preview: numbered figures and tables, and the sentences proposed from the data.
      await page.getByRole('button', { name: 'Anteprima' }).click();
      const preview = page.getByRole('region', { name: 'Anteprima' });
      await preview.locator('figcaption').filter({ hasText: /^Figura 1: / }).waitFor(SLOW);
      // The indicator and the roll-up are figures; the indicator's values and the status table are tables.
      expect(await preview.locator('figure').count()).toBe(2);
      expect(await preview.locator('table caption').filter({ hasText: /^Tabella 2: / }).count()).toBe(1);
      expect(await preview.locator('table caption').filter({ hasText: /^Tabella 1: / }).count()).toBe(1);
      expect(await preview.getByRole('heading', { name: 'Lo stato del piano' }).count()).toBe(1);
      expect(await preview.locator('strong', { hasText: 'lo stato' }).count()).toBe(1);
      await section(page, 3).getByRole('button', { name: 'Usa il testo proposto' }).waitFor(SLOW);
      await openSettled(page, reportUrl);
      await shoot(page, 'composer.it.1280');
      await page.getByRole('region', { name: 'Anteprima' }).screenshot({ path: SHOTS ? path.join(SHOTS, 'preview.it.1280.png') : undefined });
      expect.soft(await axeViolations(page), 'axe-core: composer 1280').toEqual([]);
      await page.setViewportSize({ width: 360, height: 780 });
      await shoot(page, 'composer.it.360');
      if (SHOTS) {
        await section(page, 3).scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SHOTS, 'composer.it.360.indicator.png') });
      }
      await page.getByRole('region', { name: 'Anteprima' }).screenshot({ path: SHOTS ? path.join(SHOTS, 'preview.it.360.png') : undefined });
      expect.soft(await axeViolations(page), 'axe-core: composer 360').toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.setViewportSize({ width: 1280, height: 900 });

      // The downloads: plain links to the files.
      for (const [name, type] of [
        ['Scarica DOCX', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
        ['Scarica PDF', 'application/pdf'],
      ] as const) {
        const href = await page.getByRole('link', { name }).getAttribute('href');
        const file = await context.request.get(new URL(href!, server.baseUrl).toString());
        expect(file.status()).toBe(200);
        expect(file.headers()['content-type']).toContain(type);
        expect((await file.body()).length).toBeGreaterThan(1000);
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
        expect(download.suggestedFilename()).toMatch(name === 'Scarica PDF' ? /\.pdf$/ : /\.docx$/);
      }

      // Final: read-only from then on.
      await page.getByRole('button', { name: 'Rendi definitivo' }).click();
      await page.getByRole('button', { name: 'Sì, rendi definitivo' }).click();
      await page.getByText(/Questo rapporto è definitivo dal/).waitFor(SLOW);
      expect(await page.getByRole('button', { name: 'Salva' }).count()).toBe(0);
      expect(await section(page, 1).getByLabel(/^Testo del titolo/).isDisabled()).toBe(true);

      // The 2027 update starts from it.
      await page.getByRole('button', { name: 'Duplica' }).click();
      const copy = page.getByRole('form', { name: 'Duplica il rapporto' });
      await copy.getByLabel(/^Titolo/).fill(NEXT_TITLE);
      await copy.getByRole('button', { name: 'Crea la copia' }).click();
      await page.getByRole('heading', { level: 1, name: NEXT_TITLE }).waitFor(SLOW);
      expect(page.url()).not.toBe(reportUrl);
      expect(await page.getByRole('region', { name: /^Sezione \d/ }).count()).toBe(6);
      await page.getByRole('button', { name: 'Salva' }).waitFor();

      // The list shows both, and passes axe-core at both widths.
      await openSettled(page, new URL('/gestione/rapporti', server.baseUrl).toString());
      const list = page.getByRole('table', { name: 'Rapporti, dal più recente' });
      expect(await list.getByRole('row', { name: new RegExp(NEXT_TITLE) }).innerText()).toContain('Bozza');
      expect(await list.getByRole('row', { name: new RegExp(`${TITLE}`) }).innerText()).toContain('Definitivo');
      await shoot(page, 'list.it.1280');
      expect.soft(await axeViolations(page), 'axe-core: list 1280').toEqual([]);
      await page.setViewportSize({ width: 360, height: 780 });
      await shoot(page, 'list.it.360');
      expect.soft(await axeViolations(page), 'axe-core: list 360').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
