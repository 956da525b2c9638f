import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser, openSettled, unnamedLinks } from './browser';
import { LANGUAGES, PUBLIC_PAGES, pageUrl } from './public-pages';

/**
 * Every public page (e2e/public-pages.ts) in Italian and English, as a visitor sees it: the page
 * answers, has one <h1>, says its language in <html lang>, logs no error, fits 360 px without
 * scrolling sideways and has no axe-core (WCAG 2.1 A/AA) violation at 1280 px and at 360 px.
 * Soft assertions: one run lists every problem of a page.
 */
describe('public pages, in Italian and English', () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const target of PUBLIC_PAGES) {
    for (const lang of LANGUAGES) {
      it(`${target.id} (${lang}): ${target.path}`, async () => {
        const page = await context.newPage();
        try {
          const errors = collectPageErrors(page);
          const url = pageUrl(server.baseUrl, target, lang);
          const status = await openSettled(page, url);
          expect.soft(status, 'HTTP status of the document').toBe(200);

          const h1 = await page.locator('h1').allInnerTexts();
          expect.soft(h1.length, `exactly one <h1> (found: ${JSON.stringify(h1)})`).toBe(1);
          expect.soft(h1[0]?.trim() ?? '', '<h1> has text').not.toBe('');
          expect.soft(await page.evaluate(() => document.documentElement.lang), '<html lang>').toBe(lang);
          expect.soft(await axeViolations(page), 'axe-core violations at 1280 px').toEqual([]);
          expect.soft(await unnamedLinks(page), 'links without an accessible name').toEqual([]);

          await page.setViewportSize({ width: 360, height: 800 });
          await page.waitForTimeout(300);
          await page.waitForLoadState('networkidle');
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          expect.soft(width, 'document width at 360 px (no horizontal scroll)').toBeLessThanOrEqual(360);
          expect.soft(await axeViolations(page), 'axe-core violations at 360 px').toEqual([]);

          expect.soft(errors, 'console errors').toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});
