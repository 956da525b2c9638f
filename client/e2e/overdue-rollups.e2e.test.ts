import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughApi } from './accounts';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser, openSettled } from './browser';
import { parseCsv } from './journey-helpers';

const PLAN = 'psm-2024-2026';
/** Where to save the screenshots of the new views (Italian and English, 1280 and 360 px); none when unset. */
const SHOTS = process.env.E2E_SHOTS_DIR;

/** PATCH an action's monitoring data as the admin, with its ETag. */
async function editAction(request: APIRequestContext, baseUrl: string, csrfToken: string, code: string, data: object): Promise<void> {
  const url = new URL(`/api/plans/${PLAN}/actions/${code}`, baseUrl).toString();
  const etag = (await request.get(url)).headers().etag!;
  const res = await request.patch(url, { data, headers: { 'If-Match': etag, 'X-CSRF-Token': csrfToken } });
  if (!res.ok()) throw new Error(`PATCH ${code} answered ${res.status()}: ${await res.text()}`);
}

/**
 * Issue 13, items 3 and 7, as a visitor sees them: an action past a milestone and its planned end is
 * "in ritardo" with how long on its page and in the explorer's "solo in ritardo" view; the monitoring
 * page groups the actions by zona omogenea, office or funding source as bars and a table, with a CSV.
 * Dates (made up, plausible) are set through the API on a throwaway database.
 */
describe('overdue actions and grouped roll-ups', () => {
  let server: AppServer;
  let browser: Browser;
  const url = (p: string) => new URL(p, server.baseUrl).toString();

  beforeAll(async () => {
    server = await startAppServer({ users: [E2E_USERS.admin] });
    browser = await launchBrowser();
    const context = await browser.newContext();
    const { csrfToken } = await loginThroughApi(context, server.baseUrl, E2E_USERS.admin);
    await editAction(context.request, server.baseUrl, csrfToken, '1.1.1', {
      zones: ['ITC11-ZO01', 'ITC11-ZO05'],
      dates: { plannedStart: '2023-03-01', plannedEnd: '2024-06-30' },
      fundings: [{ sourceType: 'pnrr', pnrrCode: 'M5C2I2.2', amount: 1250000 }],
      milestones: [{ title: 'Aggiudicazione dei lavori', plannedDate: '2024-01-31' }],
    });
    await editAction(context.request, server.baseUrl, csrfToken, '1.1.2', { zones: ['ITC11-ZO01'], dates: { plannedEnd: '2099-12-31' } });
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('says on the action page how long the action is overdue and which dates it missed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectPageErrors(page);
    await openSettled(page, url(`/piani/${PLAN}/azioni/1.1.1`));
    const current = page.getByRole('region', { name: 'Stato attuale' });
    expect(await current.innerText()).toMatch(/In ritardo di \d+ anni \(dal 31 gennaio 2024\)/);
    expect(await current.innerText()).toContain('traguardo «Aggiudicazione dei lavori» previsto per il 31 gennaio 2024; fine prevista il 30 giugno 2024');
    expect(await page.getByRole('row', { name: /Aggiudicazione dei lavori/ }).innerText()).toMatch(/In ritardo di \d+ anni/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists only the overdue actions with "solo in ritardo", and the download holds the same', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openSettled(page, url(`/piani/${PLAN}/azioni`));
    // Bootstrap Italia draws the box on the label, over the input: a person clicks the label.
    await page.locator('label', { hasText: 'Solo in ritardo' }).click();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Solo in ritardo' }).isChecked()).toBe(true);
    await page.getByText(/^1 azione su \d+$/).waitFor();
    expect(new URL(page.url()).searchParams.get('ritardo')).toBe('si');
    const href = await page.getByRole('link', { name: 'Tabella delle azioni in CSV' }).getAttribute('href');
    expect(href).toContain('overdue=true');
    const csv = parseCsv(await (await page.request.get(url(href!))).text());
    expect(csv.slice(1).map((r) => r[0])).toEqual(['1.1.1']);
    await page.close();
  });

  it('groups the actions on the monitoring page by zone and funding source, with "non indicato" and a CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openSettled(page, url(`/piani/${PLAN}/monitoraggio`));
    const section = page.getByRole('region', { name: 'Attuazione per zona omogenea, ufficio e fonte di finanziamento' });
    const zones = section.getByRole('table', { name: 'Stato di attuazione delle azioni per zona omogenea' });
    expect(await zones.getByRole('row', { name: /^Torino/ }).innerText()).toMatch(/^Torino\s+2\b/);
    expect((await zones.getByRole('row', { name: /^Pinerolese/ }).innerText()).replace(/\s+/g, ' ')).toContain('1.250.000,00 €');
    await zones.getByRole('row', { name: /^Non indicato/ }).waitFor();
    await section.locator('label', { hasText: 'per fonte di finanziamento' }).click();
    await expect.poll(() => section.getByRole('radio', { name: 'per fonte di finanziamento' }).isChecked()).toBe(true);
    const sources = section.getByRole('table', { name: 'Stato di attuazione delle azioni per fonte di finanziamento' });
    expect(await sources.getByRole('row', { name: /^PNRR/ }).innerText()).toMatch(/^PNRR – Piano nazionale di ripresa e resilienza\s+1\b/);
    const href = await section.getByRole('link', { name: 'Scarica la tabella per fonte di finanziamento (CSV)' }).getAttribute('href');
    const csv = parseCsv(await (await page.request.get(url(href!))).text());
    expect(csv[1]!.slice(0, 3)).toEqual(['pnrr', 'pnrr', '1']);
    expect(csv.at(-1)![1]).toBe('non indicato / not specified');
    await page.close();
  });

  it.each([
    { id: 'action-overdue', path: `/piani/${PLAN}/azioni/1.1.1` },
    { id: 'actions-overdue-only', path: `/piani/${PLAN}/azioni?ritardo=si` },
    { id: 'monitoring-groups', path: `/piani/${PLAN}/monitoraggio?per=ufficio` },
  ])('$id passes axe-core in Italian and English at 1280 and 360 px', async ({ id, path: pagePath }) => {
    for (const width of [1280, 360]) {
      for (const lang of ['it', 'en'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await openSettled(page, url(`${pagePath}${pagePath.includes('?') ? '&' : '?'}lang=${lang}`));
        if (SHOTS) {
          fs.mkdirSync(SHOTS, { recursive: true });
          await page.screenshot({ path: path.join(SHOTS, `${id}.${lang}.${width}.png`), fullPage: true });
        }
        expect.soft(await axeViolations(page), `axe-core: ${id} ${lang} ${width}`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(overflow, `horizontal scroll: ${id} ${lang} ${width}`).toBeLessThanOrEqual(0);
        await page.close();
      }
    }
  });
});
