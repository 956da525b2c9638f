import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughApi, loginThroughUi } from './accounts';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';
import { createManagerThroughUi } from './journey-helpers';

const SLOW = { timeout: 60_000 };
const OFFICE = { code: 'UFF-E2E', name: 'Ufficio sviluppo E2E', email: 'sviluppo.e2e@example.org' };
const MANAGER = { email: 'resp.uff.e2e@example.org', name: 'Responsabile Ufficio E2E', password: 'e2e-office-manager-1' };
const OFFICES_CSV = 'codice;nome;codice_padre;email\nDIR-E2E;Direzione E2E;;dir.e2e@example.org\nUFF-E2E-2;Secondo ufficio E2E;DIR-E2E;\n';
const BAD_CSV = 'codice;nome;codice_padre;email\nUFF E2E;Con spazio;;\nUFF-X;;NOPE;non-una-mail\n';
/** Where to save the screenshots of the new pages (Italian and English, 1280 and 360 px); none when unset. */
const SHOTS = process.env.E2E_SHOTS_DIR;

/**
 * Issue 13, items 1 and 6, from the screens alone: an admin creates an office, loads more from a
 * spreadsheet (checked first), creates a manager in the office, and finds both creations in the audit
 * log by its filters, each shown as a difference. Every new page passes axe-core in both languages at
 * 1280 and 360 px.
 */
describe('admin: offices and the audit log', () => {
  let server: AppServer;
  let browser: Browser;
  const url = (p: string) => new URL(p, server.baseUrl).toString();

  beforeAll(async () => {
    server = await startAppServer({ users: Object.values(E2E_USERS) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates an office, loads offices from a spreadsheet, puts a new manager in the office, and finds the creations in the audit log', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.admin);

      // The offices page, from the back-office navigation.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Uffici' }).click();
      await page.waitForURL('**/gestione/uffici');
      const create = page.getByRole('form', { name: 'Nuovo ufficio' });
      await create.waitFor();
      // A mistake first: named on its field, nothing sent.
      await create.getByLabel(/^Codice/).fill('UFF E2E');
      await create.getByRole('button', { name: /^Crea l.ufficio$/ }).click();
      await create.getByText('Il codice non può contenere spazi.').first().waitFor();
      await create.getByLabel(/^Codice/).fill(OFFICE.code);
      await create.getByLabel(/^Nome/).fill(OFFICE.name);
      await create.getByLabel(/^E-mail/).fill(OFFICE.email);
      await create.getByRole('button', { name: /^Crea l.ufficio$/ }).click();
      await create.getByRole('status').filter({ hasText: `Ufficio ${OFFICE.code} creato.` }).waitFor(SLOW);
      const row = page.getByRole('row', { name: new RegExp(`^${OFFICE.code}`) });
      await row.waitFor();
      expect(await row.innerText()).toContain('0 utenti, 0 azioni');

      // Offices from a spreadsheet: a bad file shows every error by row and column; a good one is checked, then loaded.
      await page.getByRole('link', { name: 'Carica gli uffici da un foglio di calcolo' }).click();
      await page.waitForURL('**/gestione/uffici/carica');
      const file = page.locator('input[type=file]');
      await file.setInputFiles({ name: 'uffici.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
      await page.getByRole('button', { name: 'Verifica' }).click();
      const problems = page.getByRole('table', { name: 'Errori del file per riga e colonna' });
      await problems.waitFor(SLOW);
      expect(await problems.getByRole('row').count()).toBe(5); // header + 4 problems
      await file.setInputFiles({ name: 'uffici.csv', mimeType: 'text/csv', buffer: Buffer.from(OFFICES_CSV) });
      await page.getByRole('button', { name: 'Verifica' }).click();
      await page.getByText('Verifica riuscita: nulla è stato ancora scritto').waitFor(SLOW);
      expect(await page.getByText('2 nuovi, 0 modificati, 0 invariati.').count()).toBe(1);
      await page.getByRole('button', { name: 'Carica', exact: true }).click();
      await page.getByRole('heading', { name: 'Uffici caricati' }).waitFor(SLOW);
      await page.getByRole('link', { name: 'Torna agli uffici' }).click();
      await page.getByRole('row', { name: /^UFF-E2E-2/ }).waitFor();
      expect(await page.getByRole('row', { name: /^UFF-E2E-2/ }).innerText()).toContain('Direzione E2E');

      // A manager in the new office, chosen from the list of active offices.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Utenti' }).click();
      await createManagerThroughUi(page, MANAGER, OFFICE);
      expect(await page.getByRole('row', { name: new RegExp(`^${MANAGER.email.replaceAll('.', '\\.')}`) }).innerText()).toContain(OFFICE.code);

      // The audit log, from the users page's promise, filtered on the user creations.
      await page.getByRole('link', { name: 'registro delle modifiche' }).click();
      await page.waitForURL('**/gestione/registro?tipo=user');
      const filters = page.getByRole('form', { name: 'Filtri' });
      await filters.getByLabel('Operazione').selectOption({ label: 'Creazione' });
      await filters.getByLabel(/^Utente/).fill(E2E_USERS.admin.email);
      await filters.getByRole('button', { name: 'Applica i filtri' }).click();
      await page.waitForURL((u) => u.searchParams.get('operazione') === 'create');
      const entries = page.getByRole('table', { name: 'Operazioni registrate, dalla più recente' });
      // The previous page stays on screen until the filtered one arrives: wait for the count of the filter.
      await page.getByRole('heading', { name: '1 operazione', exact: true }).waitFor(SLOW);
      const creation = entries.getByRole('row').filter({ hasText: MANAGER.email });
      await creation.waitFor(SLOW);
      const diff = await creation.innerText();
      expect(diff).toContain('Creazione');
      expect(diff).toMatch(/E-mail \(aggiunto\)\s*Dopo:\s*resp\.uff\.e2e@example\.org/);
      expect(diff).toMatch(/Ruolo \(aggiunto\)\s*Dopo:\s*manager/);
      expect(diff).toMatch(/Ufficio \(aggiunto\)\s*Dopo:\s*UFF-E2E/);

      // The office's "Cronologia": its creation, field by field.
      await page.goto(url('/gestione/uffici'));
      await page.getByRole('link', { name: `Cronologia delle modifiche di ${OFFICE.name}` }).click();
      await page.waitForURL((u) => u.pathname === '/gestione/registro' && u.searchParams.get('tipo') === 'office');
      const officeEntry = page.getByRole('table', { name: 'Operazioni registrate, dalla più recente' }).getByRole('row').filter({ hasText: 'Creazione' });
      await officeEntry.waitFor(SLOW);
      expect(await officeEntry.innerText()).toMatch(/Codice \(aggiunto\)\s*Dopo:\s*UFF-E2E/);
      // The CSV of the same filter.
      const csvHref = await page.getByRole('link', { name: 'Scarica in CSV' }).getAttribute('href');
      const csv = await context.request.get(url(csvHref!));
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      expect(await csv.text()).toContain('UFF-E2E');

      expect.soft(errors.filter((e) => !/status of 4(00|22)/.test(e)), 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** The new pages, each as a user finds it (the dry run after a check), in both languages at both widths: axe-core finds nothing, nothing scrolls sideways. */
  it.each([
    { id: 'offices', path: '/gestione/uffici' },
    { id: 'office-form', path: '/gestione/uffici?ufficio=DIR-E2E' },
    { id: 'offices-dry-run', path: '/gestione/uffici/carica', dryRun: true },
    { id: 'audit', path: '/gestione/registro?tipo=office' },
  ])('$id passes axe-core in Italian and English at 1280 and 360 px', async ({ id, path: pagePath, dryRun }) => {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        await loginThroughApi(context, server.baseUrl, E2E_USERS.admin);
        for (const lang of ['it', 'en'] as const) {
          const page = await context.newPage();
          await page.goto(url(`${pagePath}${pagePath.includes('?') ? '&' : '?'}lang=${lang}`));
          await page.locator('h1').waitFor();
          await settle(page, dryRun);
          if (SHOTS) {
            fs.mkdirSync(SHOTS, { recursive: true });
            await page.screenshot({ path: path.join(SHOTS, `${id}.${lang}.${width}.png`), fullPage: true });
          }
          expect.soft(await axeViolations(page), `axe-core: ${id} ${lang} ${width}`).toEqual([]);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect.soft(overflow, `horizontal scroll: ${id} ${lang} ${width}`).toBeLessThanOrEqual(0);
          await page.close();
        }
      } finally {
        await context.close();
      }
    }
  });

  /** Waits for the page's data; on the load page, checks a file first, as the user does. */
  async function settle(page: Page, dryRun?: boolean) {
    if (dryRun) {
      await page.locator('input[type=file]').setInputFiles({ name: 'uffici.csv', mimeType: 'text/csv', buffer: Buffer.from(OFFICES_CSV) });
      await page.locator('button[type=submit]').click();
      await page.locator('.plan-import__result [role=status]').waitFor(SLOW);
    } else await page.locator('table, .alert').first().waitFor(SLOW);
  }
});
