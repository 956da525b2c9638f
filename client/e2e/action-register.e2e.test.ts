import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughApi, loginThroughUi } from './accounts';
import { buildActionRegisterFile } from './action-register-file';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';

const SLOW = { timeout: 60_000 };
const PLAN = 'psm-2024-2026';
const ACTIONS = ['1.1.1', '1.1.2', '1.1.3'];
const OFFICE = { code: 'UFF-REG-E2E', name: 'Ufficio pianificazione strategica E2E' };
const MANAGER = { email: 'resp.registro.e2e@example.org', name: 'Responsabile Registro E2E', password: 'e2e-register-manager-1' };
/** Where to save the screenshots of the new pages; none when unset. */
const SHOTS = process.env.E2E_SHOTS_DIR;

/**
 * Issue 13, item 2, from the screens: an admin assigns three actions to an office and a manager with
 * the action register (checked first, then loaded), finds the office on their public pages, and edits
 * one action's details in the form (a milestone already due). axe-core finds nothing on both pages.
 */
describe('admin: the action register and the action details form', () => {
  let server: AppServer;
  let browser: Browser;
  const url = (p: string) => new URL(p, server.baseUrl).toString();

  beforeAll(async () => {
    server = await startAppServer({ users: Object.values(E2E_USERS) });
    browser = await launchBrowser();
    // Set-up through the API: the office and the manager the register assigns.
    const context = await browser.newContext();
    const { csrfToken } = await loginThroughApi(context, server.baseUrl, E2E_USERS.admin);
    const headers = { 'X-CSRF-Token': csrfToken };
    const office = await context.request.post(url('/api/offices'), { data: OFFICE, headers });
    if (office.status() !== 201) throw new Error(`POST /api/offices answered ${office.status()}: ${await office.text()}`);
    const user = await context.request.post(url('/api/users'), { data: { ...MANAGER, role: 'manager', office: OFFICE.code }, headers });
    if (user.status() !== 201) throw new Error(`POST /api/users answered ${user.status()}: ${await user.text()}`);
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('loads a register that assigns three actions, then edits one action’s details in the form', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.admin);

      // From the back-office navigation to the plan's actions, then to the register.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Dettagli azioni' }).click();
      await page.waitForURL('**/gestione/dettagli-azioni');
      await page.getByRole('link', { name: 'Carica il registro delle azioni (foglio di calcolo)' }).click();
      await page.waitForURL(`**/gestione/piani/${PLAN}/azioni/registro`);

      const file = await buildActionRegisterFile(ACTIONS.map((code) => ({ code, office: OFFICE.code, responsibleEmail: MANAGER.email, bodyRole: 'capofila' })));
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByRole('button', { name: 'Verifica (non scrive nulla)' }).click();
      await page.getByRole('heading', { name: 'Verifica: ecco cosa cambierebbe' }).waitFor(SLOW);
      await page.getByText('3 azioni da aggiornare, 0 senza modifiche (3 righe nel file).').waitFor();
      const changes = page.getByRole('table', { name: 'Modifiche per azione (prima → dopo)' });
      expect(await changes.getByRole('row').filter({ hasText: OFFICE.code }).count()).toBe(3);
      expect(await changes.getByRole('row').filter({ hasText: MANAGER.email }).count()).toBe(3);
      expect.soft(await axeViolations(page), 'axe-core: registro (verifica)').toEqual([]);
      if (SHOTS) {
        fs.mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, 'action-register.dry-run.it.1280.png'), fullPage: true });
      }
      await page.getByRole('button', { name: 'Carica il registro' }).click();
      await page.getByRole('heading', { name: 'Registro caricato' }).waitFor(SLOW);
      await page.getByText('3 azioni aggiornate, 0 senza modifiche.').waitFor();

      // The public pages show the office.
      for (const code of ACTIONS) {
        await page.goto(url(`/piani/${PLAN}/azioni/${code}`));
        const facts = page.locator('section[aria-labelledby="act-facts-title"]');
        await facts.getByText(OFFICE.name).waitFor(SLOW);
      }

      // The last one's details, from its public page: a milestone already due.
      await page.getByRole('link', { name: 'Modifica dettagli' }).click();
      await page.waitForURL(`**/gestione/piani/${PLAN}/azioni/1.1.3/dettagli`);
      const officeBox = page.getByRole('combobox', { name: 'Ufficio responsabile' });
      await officeBox.waitFor(SLOW);
      expect(await officeBox.inputValue()).toBe(`${OFFICE.name} (${OFFICE.code})`);
      expect(await page.getByRole('combobox', { name: 'Persona responsabile' }).inputValue()).toBe(`${MANAGER.name} (${MANAGER.email})`);
      await page.getByRole('button', { name: 'Aggiungi una milestone' }).click();
      const milestone = page.getByRole('group', { name: 'Milestone 1' });
      await milestone.getByLabel(/^Titolo/).fill('Approvazione del progetto di fattibilità');
      await milestone.getByLabel('Scadenza').fill('2025-06-30');
      await page.getByRole('button', { name: 'Salva i dettagli' }).click();
      await page.getByRole('heading', { name: 'Dettagli salvati' }).waitFor(SLOW);
      expect(await page.getByRole('group', { name: 'Milestone 1' }).getByLabel(/^Titolo/).inputValue()).toBe('Approvazione del progetto di fattibilità');
      expect.soft(await axeViolations(page), 'axe-core: dettagli azione').toEqual([]);
      if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'action-details.saved.it.1280.png'), fullPage: true });

      // The public page shows the milestone.
      await page.goto(url(`/piani/${PLAN}/azioni/1.1.3`));
      await page.getByRole('rowheader', { name: 'Approvazione del progetto di fattibilità' }).waitFor(SLOW);
      // Due in 2025 and not done: the action is overdue, and the page says which date was missed.
      await page.getByText('Date superate: traguardo «Approvazione del progetto di fattibilità»', { exact: false }).waitFor();

      expect.soft(errors.filter((e) => !/status of 4(00|22)/.test(e)), 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** Both pages in both languages at both widths: axe-core finds nothing, nothing scrolls sideways. */
  it.each([
    { id: 'action-details', path: `/gestione/piani/${PLAN}/azioni/1.1.2/dettagli` },
    { id: 'action-register', path: `/gestione/piani/${PLAN}/azioni/registro` },
    { id: 'action-admin-list', path: '/gestione/dettagli-azioni' },
  ])('$id passes axe-core in Italian and English at 1280 and 360 px', async ({ id, path: pagePath }) => {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        await loginThroughApi(context, server.baseUrl, E2E_USERS.admin);
        for (const lang of ['it', 'en'] as const) {
          const page = await context.newPage();
          await page.goto(url(`${pagePath}?lang=${lang}`));
          await page.locator('h1').waitFor();
          await page.locator('form, table').first().waitFor(SLOW);
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
});
