import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';

const INDICATOR = 'BES_10AMB017';

/**
 * A page of another site (localhost, another port, while the app is on 127.0.0.1) framing the
 * portal: the /embed page renders and passes axe inside the frame; the full page refuses the frame.
 */
describe('an embed framed by another site, in Chromium', () => {
  let server: AppServer;
  let browser: Browser;
  let other: http.Server;
  let otherUrl: string;
  // The other site's page: whatever <iframe> the query names.
  const hostPage = (src: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>` +
    `<body><main><h1>Another site</h1><iframe src="${src}" title="Embedded indicator" width="100%" height="900" style="border:0"></iframe></main></body></html>`;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    other = http.createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(src.replace(/"/g, '&quot;')));
    });
    await new Promise<void>((resolve) => other.listen(0, 'localhost', resolve));
    otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => other?.close(resolve));
    await server?.stop();
  });

  /** Opens the other site's page framing `path` of the portal; returns the page and the frame. */
  async function frame(path: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1024, height: 1000 } });
    const errors = collectPageErrors(page);
    await page.goto(`${otherUrl}?src=${encodeURIComponent(server.baseUrl + path)}`, { waitUntil: 'load' });
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    return { page, frame, errors };
  }

  it('renders the chart, the table and the sources inside the frame, and passes axe there', async () => {
    const { page, frame: f, errors } = await frame(`/embed/indicatori/${INDICATOR}?piano=psm-2024-2026&territori=ITC11,ITC1`);
    try {
      expect(new URL(page.url()).origin).not.toBe(new URL(server.baseUrl).origin);
      await f.getByRole('heading', { level: 1, name: 'Raccolta differenziata dei rifiuti urbani' }).waitFor();
      await f.locator('.recharts-line').first().waitFor();
      await f.waitForFunction(() => !document.querySelector('.state--loading, [aria-busy="true"]'));
      // One line per territory asked for in the query, and the table with the same columns.
      expect(await f.locator('.recharts-line').count()).toBe(2);
      const headers = await f.locator('table thead th').allInnerTexts();
      expect(headers.slice(1)).toEqual(['Città metropolitana di Torino', 'Piemonte']);
      expect(await f.locator('table tbody tr').count()).toBeGreaterThan(3);
      const sources = await f.locator('.psm-embed__sources').innerText();
      expect(sources).toMatch(/Fonte: ISTAT/);
      expect(sources).toMatch(/Dati aggiornati al \d{1,2} \w+ \d{4}/);
      expect(sources).toContain('Licenza: CC BY 4.0 (Istat)');
      const back = f.getByRole('link', { name: 'Apri la pagina completa (nuova scheda)' });
      expect(await back.getAttribute('href')).toBe(`/indicatori/${INDICATOR}?piano=psm-2024-2026&territori=ITC11%2CITC1`);
      expect(await back.getAttribute('target')).toBe('_blank');
      expect(await f.locator('#root').count()).toBe(1);
      // No site header, menus or footer in the frame.
      expect(await f.locator('.it-header-wrapper, nav, .it-footer').count()).toBe(0);
      expect(await axeViolations(f)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('speaks English with lang=en', async () => {
    const { page, frame: f } = await frame(`/embed/indicatori/${INDICATOR}?lang=en`);
    try {
      await f.getByRole('heading', { level: 1, name: 'Separate collection of municipal waste' }).waitFor();
      await f.locator('.recharts-line').first().waitFor();
      await f.waitForFunction(() => !document.querySelector('.state--loading, [aria-busy="true"]'));
      expect(await f.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await f.locator('.psm-embed__sources').innerText()).toMatch(/Source: ISTAT[\s\S]*Data updated on/);
      expect(await axeViolations(f)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("the share dialog's embed code, pasted into another site, shows the view; the dialog is modal", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${server.baseUrl}/indicatori/${INDICATOR}?territori=ITC1&lang=en`);
      const opener = page.getByRole('button', { name: 'Share, embed or cite this page' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'Share' });
      await dialog.waitFor();
      // Modal: Tab goes round inside the dialog, never to the page behind.
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
      }
      expect(await axeViolations(page)).toEqual([]);
      const code = await dialog.getByLabel('Code to embed').inputValue();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

      const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
      expect(src).toBe(`${server.baseUrl}/embed/indicatori/${INDICATOR}?territori=ITC1&lang=en`);
      const { page: host, frame: f } = await frame(src.slice(server.baseUrl.length));
      try {
        await f.getByRole('heading', { level: 1, name: 'Separate collection of municipal waste' }).waitFor();
        await f.locator('.recharts-line').first().waitFor();
        expect(await f.locator('table thead th').allInnerTexts()).toEqual(['Period', 'Piemonte']);
      } finally {
        await host.close();
      }
    } finally {
      await page.close();
    }
  });

  it('keeps refusing frames for the full page', async () => {
    const { page, frame: f } = await frame(`/indicatori/${INDICATOR}`);
    try {
      // Chromium replaces a refused frame with its error page: nothing of the portal is drawn there.
      expect(await f.locator('#root').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
