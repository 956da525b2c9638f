import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughUi } from './accounts';
import { buildActionRegisterFile } from './action-register-file';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';
import { createManagerThroughUi } from './journey-helpers';
import { type MailServer, startMailServer, waitForMail } from './mail-server';

const SLOW = { timeout: 60_000 };
const PLAN = 'psm-2024-2026';
/** The actions the admin assigns to the new manager with the action register, and the period the round asks about. */
const ACTIONS = ['3.1.1', '3.1.2', '4.1.1'];
const PERIOD = '2026-S2';
const OFFICE = { code: 'UFF-RIL-E2E', name: 'Ufficio mobilità sostenibile E2E', email: 'mobilita.e2e@example.org' };
const MANAGER = { email: 'resp.mobilita.e2e@example.org', name: 'Responsabile Mobilità E2E', password: 'e2e-round-manager-1' };

/** A deadline 30 days from today, YYYY-MM-DD (the round refuses a past one). */
function deadlineIn30Days(): string {
  const d = new Date(Date.now() + 30 * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function chooseStatus(form: Locator, status: string): Promise<void> {
  await form.getByText(status, { exact: true }).click();
  if (!(await form.getByRole('radio', { name: status, exact: true }).isChecked())) throw new Error(`the status «${status}» was not selected`);
}

/** The manager's update on the status form the e-mail links to. */
async function report(page: Page, progress: number): Promise<void> {
  const form = page.getByRole('form', { name: 'Nuovo aggiornamento' });
  await form.waitFor(SLOW);
  await chooseStatus(form, 'In corso');
  await form.getByRole('textbox', { name: 'Avanzamento (%)' }).fill(String(progress));
  await form.getByRole('textbox', { name: 'Commento' }).fill('Aggiornamento per la rilevazione del secondo semestre: attività in linea con il cronoprogramma.');
  await form.getByRole('button', { name: "Salva l'aggiornamento" }).click();
  await page.getByRole('status').filter({ hasText: 'Aggiornamento salvato' }).waitFor(SLOW);
}

/**
 * A reporting round from end to end, on the built application with a real SMTP server: the admin opens
 * a round through the pages, the manager gets the digest e-mail, follows its links, signs in and reports
 * every action; the admin's round page then shows the round complete.
 */
describe('reporting round: the admin opens it, the manager reports from the e-mail', () => {
  let server: AppServer;
  let mail: MailServer;
  let browser: Browser;
  const url = (path: string) => new URL(path, server.baseUrl).toString();

  beforeAll(async () => {
    mail = await startMailServer();
    server = await startAppServer({
      users: [E2E_USERS.admin],
      env: { SMTP_URL: mail.url, MAIL_FROM: 'PSM monitor <psm@example.org>', REMINDER_DAYS: '7' },
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await mail?.close();
  });

  it('from the screens alone: office, manager, action register, round; the manager reports from the e-mail; the round is complete', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const managerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await adminContext.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.admin);
      const nav = page.getByRole('navigation', { name: "Sezioni dell'area riservata" });

      // A new office…
      await nav.getByRole('link', { name: 'Uffici' }).click();
      await page.waitForURL('**/gestione/uffici');
      const office = page.getByRole('form', { name: 'Nuovo ufficio' });
      await office.getByLabel(/^Codice/).fill(OFFICE.code);
      await office.getByLabel(/^Nome/).fill(OFFICE.name);
      await office.getByLabel(/^E-mail/).fill(OFFICE.email);
      await office.getByRole('button', { name: /^Crea l.ufficio$/ }).click();
      await office.getByRole('status').filter({ hasText: `Ufficio ${OFFICE.code} creato.` }).waitFor(SLOW);

      // …a manager in it…
      await nav.getByRole('link', { name: 'Utenti' }).click();
      await createManagerThroughUi(page, MANAGER, OFFICE);

      // …three actions assigned to both with the action register: checked first, then loaded.
      await nav.getByRole('link', { name: 'Dettagli azioni' }).click();
      await page.getByRole('link', { name: 'Carica il registro delle azioni (foglio di calcolo)' }).click();
      await page.waitForURL(`**/gestione/piani/${PLAN}/azioni/registro`);
      const register = await buildActionRegisterFile(ACTIONS.map((code) => ({ code, office: OFFICE.code, responsibleEmail: MANAGER.email })), 'xlsx');
      await page.locator('input[type=file]').setInputFiles(register);
      await page.getByRole('button', { name: 'Verifica (non scrive nulla)' }).click();
      await page.getByText('3 azioni da aggiornare, 0 senza modifiche (3 righe nel file).').waitFor(SLOW);
      await page.getByRole('button', { name: 'Carica il registro' }).click();
      await page.getByRole('heading', { name: 'Registro caricato' }).waitFor(SLOW);

      // The admin opens the round from the back office.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Rilevazioni' }).click();
      await page.waitForURL('**/gestione/rilevazioni');
      const form = page.getByRole('form', { name: 'Apri una rilevazione' });
      await form.waitFor();
      await page.getByText('Nessuna rilevazione per questo piano').waitFor();
      expect.soft(await axeViolations(page), 'axe-core: rounds list').toEqual([]);
      await form.getByRole('textbox', { name: /^Periodo/ }).fill(PERIOD);
      await form.getByLabel(/^Scadenza/).fill(deadlineIn30Days());
      await form.getByRole('spinbutton', { name: /^Promemoria/ }).fill('7');
      await form.getByRole('button', { name: 'Apri la rilevazione' }).click();
      await page.waitForURL('**/gestione/rilevazioni/*?piano=psm-2024-2026');
      await page.getByRole('heading', { level: 1, name: `Rilevazione ${PERIOD}` }).waitFor();
      await page.getByRole('heading', { name: /0 azioni aggiornate su 3/ }).waitFor();
      const managers = page.getByRole('table', { name: /Avanzamento per responsabile/ });
      const row = managers.getByRole('row').filter({ hasText: MANAGER.email });
      await row.waitFor();
      // The deadline is a month away: not late yet, but still to report.
      expect(await row.innerText()).toContain('Deve aggiornare');
      expect(await page.getByText('Nessuna e-mail viene inviata').count()).toBe(0);
      expect.soft(await axeViolations(page), 'axe-core: round page').toEqual([]);

      // The manager's digest: the three actions, each with its status form's link, and the list of their actions.
      const message = await waitForMail(mail, MANAGER.email);
      expect(message.subject).toMatch(new RegExp(`^PSM 2024-2026 – rilevazione ${PERIOD}: 3 azioni da aggiornare entro il \\d{2}/\\d{2}/\\d{4}$`));
      expect(message.text).toContain(`Gentile ${MANAGER.name},`);
      expect(message.text).toContain('-- English --');
      const links = ACTIONS.map((code) => url(`/gestione/piani/${PLAN}/azioni/${code}/stato`));
      for (const link of links) expect(message.text).toContain(link);
      expect(message.text).toContain(url('/gestione/azioni'));
      expect(message.html).toContain(`href="${links[0]}"`);

      // The manager follows the first link, signs in, reports; then the others.
      const mp = await managerContext.newPage();
      const managerErrors = collectPageErrors(mp);
      await mp.goto(links[0]!);
      await mp.waitForURL((u) => u.pathname === '/accedi');
      await mp.getByLabel(/e-mail/i).fill(MANAGER.email);
      await mp.getByLabel(/^password/i).fill(MANAGER.password);
      await mp.getByRole('button', { name: 'Accedi', exact: true }).click();
      await mp.waitForURL(`**/gestione/piani/${PLAN}/azioni/${ACTIONS[0]}/stato`);
      await report(mp, 30);
      await mp.goto(links[1]!);
      await report(mp, 55);
      await mp.goto(links[2]!);
      await report(mp, 10);

      // The admin's page, read again: complete, nobody missing.
      await page.reload();
      await page.getByRole('heading', { name: /3 azioni aggiornate su 3 \(100\s?%\)/ }).waitFor(SLOW);
      await page.getByText('Tutte le azioni sono aggiornate: nessun responsabile in ritardo.').waitFor();
      const done = await page.getByRole('table', { name: /Avanzamento per responsabile/ }).getByRole('row').filter({ hasText: MANAGER.email }).innerText();
      expect(done).not.toContain('Deve aggiornare');
      expect(done).toContain('Apertura: Inviata (');
      expect(await page.getByRole('button', { name: 'Sollecita tutti i ritardatari' }).count()).toBe(0);
      expect.soft(await axeViolations(page), 'axe-core: round page, complete').toEqual([]);

      // In English too.
      await page.goto(`${page.url()}&lang=en`);
      await page.getByRole('heading', { level: 1, name: `Reporting round ${PERIOD}` }).waitFor();
      await page.getByText('Every action is updated: no manager is late.').waitFor();
      expect.soft(await axeViolations(page), 'axe-core: round page, English').toEqual([]);

      expect(errors).toEqual([]);
      expect(managerErrors).toEqual([]);
    } finally {
      await adminContext.close();
      await managerContext.close();
    }
  });
});
