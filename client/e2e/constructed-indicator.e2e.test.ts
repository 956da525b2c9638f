import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughUi } from './accounts';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser, openSettled } from './browser';
import { addTargetThroughUi, createIndicatorThroughUi, enterValuesThroughUi, linkToStrategyThroughUi, publishThroughUi } from './indicator-admin-steps';

const SLOW = { timeout: 60_000 };
const CODE = 'CM_E2E_VERDE';
const PLAN = 'psm-2024-2026';
const STRATEGY = '2.1';

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

      await enterValuesThroughUi(page, [
        ['ITC11', '2022', '10,5'],
        ['ITC11', '2023', '11,25'],
        ['ITC11', '2024-Q1', '12'],
      ]);

      await page.reload();
      await page.getByRole('rowheader').first().waitFor(SLOW);
      expect(await page.getByRole('rowheader').count()).toBe(3);
      expect(await page.getByLabel(/^Valore: .* 2023$/).inputValue()).toBe('11,25');
      expect(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  /**
   * Issue 14, item 8: the whole journey from the screens. Values 100, 110, 121 (2022-2024) grow by 10 %
   * a year; the 2030 target 200 needs (200/100)^(1/8) − 1 ≈ 9,05 % a year from 2022: R ≈ 1,10 ≥ 0,95,
   * so docs/progress-method.md says "In linea" (on track).
   */
  it('creates, fills, targets, publishes and links an indicator; a visitor then sees it on track', async () => {
    const code = 'CM_E2E_PERCORSO';
    const name = 'Alberi piantati in città (E2E)';
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const contexts = [staff, visitor];
    const url = (path: string) => new URL(path, server.baseUrl).toString();
    try {
      const page = await staff.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.analyst);
      await createIndicatorThroughUi(page, server.baseUrl, {
        code,
        name,
        unit: 'alberi',
        sourceAgency: 'Città metropolitana di Torino',
        polarity: 'Più alto è meglio',
        licence: 'CC BY 4.0',
      });
      await enterValuesThroughUi(page, [
        ['ITC11', '2022', '100'],
        ['ITC11', '2023', '110'],
        ['ITC11', '2024', '121'],
      ]);

      // Before publication a visitor finds neither the indicator's page nor its card.
      const anon = await visitor.newPage();
      await openSettled(anon, url(`/indicatori/${code}`));
      await anon.getByRole('heading', { name: 'Dati non trovati' }).waitFor(SLOW);
      expect(await anon.getByText(name).count()).toBe(0);
      await openSettled(anon, url(`/piani/${PLAN}/strategie/${STRATEGY}`));
      await anon.getByRole('heading', { level: 1 }).waitFor(SLOW);
      expect(await anon.getByRole('article', { name }).count()).toBe(0);
      const before = await monitoringProgress(anon);

      await page.goto(url(`/gestione/indicatori/${code}`));
      await addTargetThroughUi(page, { territory: 'ITC11', period: '2030', value: '200', plan: PLAN, sourceUrl: 'https://example.org/piano-alberi-2030' });
      await publishThroughUi(page);
      await linkToStrategyThroughUi(page, server.baseUrl, PLAN, STRATEGY, code);
      expect(errors, 'console errors (analyst)').toEqual([]);

      // A new visitor: the first one's browser may keep the public answers it read for a minute (Cache-Control).
      const later = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(later);
      const visit = await later.newPage();
      const visitorErrors = collectPageErrors(visit);
      await openSettled(visit, url(`/piani/${PLAN}/strategie/${STRATEGY}`));
      const card = visit.getByRole('article', { name });
      await card.waitFor(SLOW);
      const badge = card.locator('[data-progress]');
      expect(await badge.getAttribute('data-progress')).toBe('on_track');
      expect(await badge.innerText()).toMatch(/In linea$/);
      expect(await axeViolations(visit), 'axe-core: public strategy page').toEqual([]);
      const after = await monitoringProgress(visit);
      expect(after).toContain(`${onTrack(before) + 1} in linea`);
      expect(visitorErrors, 'console errors (visitor)').toEqual([]);
    } finally {
      for (const c of contexts) await c.close();
    }
  }, 300_000);

  /** The plan's monitoring page, as a visitor reads its progress line ("Progressi verso i traguardi: …"). */
  async function monitoringProgress(anon: Page): Promise<string> {
    await openSettled(anon, new URL(`/piani/${PLAN}/monitoraggio`, server.baseUrl).toString());
    const line = anon.locator('.psm-progress-summary').first();
    await line.waitFor(SLOW);
    return line.innerText();
  }
});

/** How many indicators a progress line counts as on track. */
const onTrack = (line: string): number => Number(/(\d+) in linea/.exec(line)?.[1] ?? 0);
