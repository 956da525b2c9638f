import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, launchBrowser } from './browser';

describe('the application as npm start serves it, in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on the newest plan: axes, strategies and how much of the plan is loaded', async () => {
    await page.goto(server.baseUrl + '/');
    await page.waitForURL('**/piani/psm-2024-2026');
    await page.getByRole('heading', { name: 'Torino metropoli più verde ed ecologica' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Piano strategico metropolitano 2024-2026');
    const body = await page.locator('main').innerText();
    expect(body).toMatch(/6 di 25 strategie\W+13 di 113 azioni/);
    expect(body).toContain('Torino metropoli più verde ed ecologica');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('goes to a strategy dashboard with real values, it-IT numbers, the source and the demonstration badge', async () => {
    await page.getByRole('link', { name: /Costruire e infrastrutturare la metropoli verde/ }).first().click();
    await page.waitForURL('**/piani/psm-2024-2026/strategie/2.1');
    await page.getByRole('heading', { name: 'Concentrazione media annua di PM10' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain('35 µg/m³');
    expect(main).toContain('64,1%');
    expect(main).toMatch(/MIGLIORA/i);
    expect(main).toMatch(/Collegamento dimostrativo/i);
    expect(main).toContain('Fonte: Istat – BES dei Territori (DF_BES_TERRIT_0T)');
    // The strategy page draws no Recharts chart (it stays light): no line of Recharts here.
    expect(await page.locator('.recharts-line').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("opens the indicator's full series: a Recharts chart with one line for Torino and one for Piemonte", async () => {
    await page.getByRole('link', { name: /Serie completa, grafico e dati: Raccolta differenziata dei rifiuti urbani/ }).click();
    await page.waitForURL('**/indicatori/BES_10AMB017?piano=psm-2024-2026');
    // The indicator page is its own lazy chunk: wait for its heading, then for the drawn chart.
    await page.getByRole('heading', { level: 1, name: 'Raccolta differenziata dei rifiuti urbani' }).waitFor();
    await page.locator('.recharts-line').first().waitFor();
    expect(await page.locator('.recharts-line').count()).toBe(2);
    expect(await page.locator('main').innerText()).toContain('64,1%');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 360 px screen without scrolling sideways', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(server.baseUrl + '/piani/psm-2024-2026/strategie/2.1');
    await page.getByRole('heading', { name: 'Concentrazione media annua di PM10' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
