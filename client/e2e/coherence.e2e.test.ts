import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughApi, loginThroughUi } from './accounts';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';
import { parseCsv } from './journey-helpers';

const SLOW = { timeout: 60_000 };
const PLAN = 'psm-2024-2026';
/** A made-up tool: the seed holds no planning tool. */
const TOOL = { code: 'pums-e2e', name: 'PUMS di prova E2E', period: '2022-2030' };
const PARENT = { code: 'OS-1', title: 'Ridurre le emissioni del trasporto privato' };
const CHILD = { code: 'OS-1.A', title: 'Rete ciclabile metropolitana continua' };
const LINKED_ACTION = '2.1.1';
/** Where to save the screenshots of the new pages (Italian and English, 1280 and 360 px); none when unset. */
const SHOTS = process.env.E2E_SHOTS_DIR;

/**
 * Issue 13, item 5, from the screens alone: an admin creates a PUMS with two objectives (one below
 * the other), links an action to the child from the action's back-office panel by typing its code in
 * lower case, and finds the link in the public Coerenza matrix, with the actions without objectives
 * flagged and the unserved objective listed; the CSV holds the same. Every new page passes axe-core.
 */
describe('admin: planning tools and coherence', () => {
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

  it('creates a tool with an objective tree, links an action through the search and sees the coherence matrix and its CSV', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.admin);

      // The tools page, from the back-office navigation; a new PUMS.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Strumenti di pianificazione' }).click();
      await page.waitForURL('**/gestione/strumenti');
      await page.getByText('Nessuno strumento di pianificazione registrato').waitFor(SLOW);
      const create = page.getByRole('form', { name: 'Nuovo strumento' });
      await create.getByLabel(/^Codice/).fill(TOOL.code);
      await create.getByLabel(/^Tipo/).selectOption({ label: 'PUMS' });
      await create.getByLabel(/^Nome/).fill(TOOL.name);
      await create.getByLabel(/^Periodo/).fill(TOOL.period);
      await create.getByRole('button', { name: 'Crea lo strumento' }).click();
      await create.getByRole('status').filter({ hasText: `Strumento ${TOOL.code} creato.` }).waitFor(SLOW);
      await page.getByRole('link', { name: `Modifica lo strumento ${TOOL.name} e i suoi obiettivi` }).click();
      await page.waitForURL(`**/gestione/strumenti/${TOOL.code}`);

      // Two objectives: one at the top, one below it (the form opened from the parent).
      const top = page.getByRole('form', { name: 'Nuovo obiettivo di primo livello' });
      await top.getByLabel(/^Codice/).fill(PARENT.code);
      await top.getByLabel(/^Titolo/).fill(PARENT.title);
      await top.getByRole('button', { name: /^Salva l.obiettivo$/ }).click();
      await page.getByRole('status').filter({ hasText: `Obiettivo ${PARENT.code} salvato.` }).waitFor(SLOW);
      await page.getByRole('button', { name: `Aggiungi sotto-obiettivo a ${PARENT.code}` }).click();
      const child = page.getByRole('form', { name: `Nuovo sotto-obiettivo di ${PARENT.code}` });
      expect(await child.getByLabel(/^Obiettivo superiore/).inputValue()).toBe(PARENT.code);
      await child.getByLabel(/^Codice/).fill(CHILD.code);
      await child.getByLabel(/^Titolo/).fill(CHILD.title);
      await child.getByRole('button', { name: /^Salva l.obiettivo$/ }).click();
      await page.getByRole('status').filter({ hasText: `Obiettivo ${CHILD.code} salvato.` }).waitFor(SLOW);
      const tree = page.getByRole('list', { name: `Albero degli obiettivi di ${TOOL.name}` });
      // The child sits in the parent's own list.
      const parentItem = tree.getByRole('listitem').filter({ hasText: PARENT.title }).first();
      await parentItem.getByRole('list').getByText(CHILD.title).waitFor(SLOW);

      // The action's panel, from its public page; the child found by its code typed in lower case.
      await page.goto(url(`/piani/${PLAN}/azioni/${LINKED_ACTION}`));
      await page.getByRole('link', { name: 'Gestisci gli obiettivi collegati' }).click();
      await page.waitForURL(`**/gestione/piani/${PLAN}/azioni/${LINKED_ACTION}/obiettivi`);
      await page.getByText('Nessun obiettivo collegato.').waitFor(SLOW);
      await page.getByRole('searchbox', { name: 'Cerca un obiettivo' }).fill(CHILD.code.toLowerCase());
      await page.getByRole('heading', { level: 3, name: TOOL.name }).waitFor(SLOW);
      await page.getByRole('button', { name: `Collega ${TOOL.name} ${CHILD.code}` }).click();
      await page.getByRole('status').filter({ hasText: `Collegato: ${TOOL.name} ${CHILD.code}.` }).waitFor(SLOW);
      await page.getByRole('button', { name: `Rimuovi ${TOOL.name} ${CHILD.code}` }).waitFor();

      // The public action page lists it, by tool.
      await page.getByRole('link', { name: 'Scheda pubblica dell’azione' }).click();
      const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Coerenza con gli strumenti di pianificazione' }) });
      await section.getByText(CHILD.title).waitFor(SLOW);
      expect(await section.getByRole('heading', { level: 3 }).innerText()).toBe(TOOL.name);

      // The public Coerenza page, from the site's navigation.
      await page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'Coerenza' }).first().click();
      await page.waitForURL(`**/piani/${PLAN}/coerenza`);
      const matrix = page.getByRole('table', { name: /Obiettivi degli strumenti di pianificazione collegati/ });
      await matrix.waitFor(SLOW);
      const linkedRow = matrix.getByRole('row').filter({ has: page.getByRole('link', { name: LINKED_ACTION, exact: true }) });
      expect(await linkedRow.getByTitle(CHILD.title).innerText()).toBe(CHILD.code);
      expect(await linkedRow.getByText('Senza obiettivi').count()).toBe(0);
      const unlinkedRow = matrix.getByRole('row').filter({ has: page.getByRole('link', { name: '1.1.1', exact: true }) });
      await unlinkedRow.getByText('Senza obiettivi').waitFor();
      const unserved = page.locator('section', { has: page.getByRole('heading', { name: 'Obiettivi non serviti da alcuna azione' }) });
      expect(await unserved.innerText()).toContain(`${PARENT.code} ${PARENT.title}`);
      expect(await unserved.innerText()).not.toContain(CHILD.title);

      // Filtered on axis 2, kept in the URL; the CSV holds the view shown.
      await page.getByLabel('Asse', { exact: true }).selectOption('2');
      await page.waitForURL((u) => u.searchParams.get('asse') === '2');
      // The previous view stays on screen until the filtered one arrives.
      await matrix.getByRole('link', { name: '1.1.1', exact: true }).waitFor({ state: 'detached', ...SLOW });
      await matrix.getByRole('link', { name: LINKED_ACTION, exact: true }).waitFor(SLOW);
      const href = await page.getByRole('link', { name: 'CSV (separatore virgola)' }).getAttribute('href');
      expect(href).toBe(`/api/plans/${PLAN}/coherence/download?format=csv&asse=2`);
      const csv = await context.request.get(url(href!));
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsv(await csv.text());
      expect(rows[0]).toEqual(['piano', 'asse', 'strategia', 'azione', 'titolo_azione', 'strumento', 'obiettivo', 'titolo_obiettivo', 'segnalazione']);
      const link = rows.find((r) => r[3] === LINKED_ACTION && r[5] === TOOL.code);
      expect(link).toEqual([PLAN, '2', '2.1', LINKED_ACTION, expect.any(String), TOOL.code, CHILD.code, CHILD.title, '']);
      expect(rows.filter((r) => r[8] === 'azione senza obiettivi').every((r) => r[1] === '2')).toBe(true);
      expect(rows.filter((r) => r[8] === 'azione senza obiettivi').length).toBeGreaterThan(0);
      expect(rows).toContainEqual([PLAN, '', '', '', '', TOOL.code, PARENT.code, PARENT.title, 'obiettivo non servito']);

      expect.soft(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** The new pages in both languages at both widths: axe-core finds nothing, nothing but the matrix scrolls sideways. */
  it.each([
    { id: 'planning-tools', path: '/gestione/strumenti', admin: true },
    { id: 'planning-tool', path: `/gestione/strumenti/${TOOL.code}`, admin: true },
    { id: 'action-objectives', path: `/gestione/piani/${PLAN}/azioni/${LINKED_ACTION}/obiettivi`, admin: true },
    { id: 'coherence', path: `/piani/${PLAN}/coerenza` },
    { id: 'action-coherence', path: `/piani/${PLAN}/azioni/${LINKED_ACTION}` },
  ])('$id passes axe-core in Italian and English at 1280 and 360 px', async ({ id, path: pagePath, admin }) => {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        if (admin) await loginThroughApi(context, server.baseUrl, E2E_USERS.admin);
        for (const lang of ['it', 'en'] as const) {
          const page = await context.newPage();
          await page.goto(url(`${pagePath}${pagePath.includes('?') ? '&' : '?'}lang=${lang}`));
          await page.locator('h1').waitFor();
          await settle(page);
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

  /** Waits for the page's data. */
  async function settle(page: Page) {
    await page.locator('table, .pt-tree, .pt-links, .alert, #act-objectives-title, .muted').first().waitFor(SLOW);
    await page.waitForLoadState('networkidle');
  }
});
