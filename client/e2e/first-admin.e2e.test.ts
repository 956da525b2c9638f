import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser, openSettled } from './browser';

const SLOW = { timeout: 60_000 };

/**
 * Issue 17, item 1: a fresh install's first administrator, following only what the console and the
 * page say. The server prints the setup page's address and a one-time code; on the embedded database a
 * second terminal's npm run user:create is refused while the server runs, naming the page instead.
 */
describe('a fresh install: the first administrator', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('reads the code on the console, creates the admin on /configurazione, lands in the back-office; the page then stays closed', async () => {
    // What the terminal says, as the person who ran npm start reads it.
    let said: RegExpExecArray | null = null;
    for (const until = Date.now() + 30_000; !said && Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      said = /No administrator yet: open (http:\/\/\S+\/configurazione) and enter the one-time code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(server.output());
    }
    expect(said, server.output()).not.toBeNull();
    const code = said![2]!;

    if (!server.dbEnv.DATABASE_URL) {
      // A second terminal on the embedded database is refused, and told where to go instead.
      const refused = await server.cli('user-create', ['--email', 'altro@example.org', '--role', 'admin', '--password-stdin'], 'correct horse battery').catch((e: Error) => e.message);
      expect(refused).toMatch(/is running on the embedded database/);
      expect(refused).toMatch(/\/configurazione and enter the one-time code the server printed/);
    }

    for (const [lang, width] of [['en', 1280], ['it', 360]] as const) {
      const look = await browser.newContext({ viewport: { width, height: 900 } });
      const p = await look.newPage();
      await openSettled(p, new URL(`/configurazione${lang === 'en' ? '?lang=en' : ''}`, server.baseUrl).toString());
      await p.getByRole('heading', { level: 1 }).waitFor(SLOW);
      expect(await axeViolations(p), `axe-core: setup page ${lang} ${width}`).toEqual([]);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await p.screenshot({ path: `/tmp/psm-e2e-setup.${lang}.${width}.png`, fullPage: true });
      await look.close();
    }

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      // The login page points a first visitor to the setup.
      await openSettled(page, new URL('/accedi', server.baseUrl).toString());
      await page.getByRole('link', { name: 'crea il primo con il codice scritto dal server' }).click();
      await page.waitForURL('**/configurazione');
      expect(new URL(page.url()).pathname).toBe(new URL(said![1]!).pathname);
      const form = page.getByRole('form', { name: 'Primo amministratore' });
      await form.waitFor(SLOW);
      // As typed from a terminal: lower case is fine.
      await form.getByLabel(/^Codice monouso/).fill(code.toLowerCase());
      await form.getByLabel(/^Nome e cognome/).fill('Prima Amministratrice');
      await form.getByLabel(/^Indirizzo e-mail/).fill('capo@example.org');
      await form.getByLabel(/^Password/).fill('correct horse battery staple');
      await form.getByLabel(/^Ripeti la password/).fill('correct horse battery staple');
      await form.getByRole('button', { name: "Crea l'amministratore" }).click();
      await page.waitForURL('**/gestione', SLOW);
      await page.getByText('Prima Amministratrice').first().waitFor(SLOW);
      expect(errors, 'console errors').toEqual([]);

      // Closed for good, for anyone.
      const other = await browser.newContext();
      const visit = await other.newPage();
      await openSettled(visit, new URL('/configurazione', server.baseUrl).toString());
      await visit.getByText('La configurazione iniziale è già stata fatta').waitFor(SLOW);
      expect(await visit.getByRole('form').count()).toBe(0);
      await other.close();
    } finally {
      await context.close();
    }
  }, 240_000);
});
