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
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Piano strategico metropolitano 2024-2026');
    const body = await page.locator('main').innerText();
    expect(body).toContain('6 di 25 strategie, 13 di 113 azioni caricate');
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
    // The chart is drawn: one line for Torino and one for Piemonte on the waste collection card.
    expect(await page.locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 360 px screen without scrolling sideways', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await page.getByRole('heading', { name: 'Concentrazione media annua di PM10' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
