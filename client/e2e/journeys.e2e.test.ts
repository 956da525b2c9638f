import fs from 'node:fs';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_USERS, loginThroughApi, loginThroughUi } from './accounts';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser } from './browser';
import { ADMIN_JOURNEY, ANALYST_IMPORT, MANAGER_CONFLICT, MANAGER_UPDATE, VISITOR_JOURNEY } from './journey-data';
import { assignAction, descriptionPairs, parseCsv, queryParam } from './journey-helpers';

/** Waits for pages that compute (previews, commits) on a busy two-core machine. */
const SLOW = { timeout: 60_000 };

/**
 * Picks a status in the update form as a person does, by clicking its label (the radio itself sits
 * under its label, Bootstrap Italia's way), and checks the radio took it.
 */
async function chooseStatus(form: Locator, status: string): Promise<void> {
  await form.getByText(status, { exact: true }).click();
  if (!(await form.getByRole('radio', { name: status, exact: true }).isChecked())) throw new Error(`the status «${status}» was not selected`);
}

/** Chromium logs every 4xx/5xx answer as a console error: an expected one (the 409 of a conflict) is not a fault. */
const unexpected = (errors: string[], ...expected: RegExp[]) => errors.filter((e) => !expected.some((re) => re.test(e)));

/**
 * The journeys of a visitor and of the three roles on the built application (npm start serving a
 * production build), driven through the pages in Chromium as people use them. One server for the
 * file, its accounts created with the server's CLI before it starts (startAppServer({ users })).
 * API calls only for set-up the pages do not offer (assigning an action to a person) and to check
 * the data a journey starts from.
 */
describe('journeys of a visitor and of the signed-in roles', () => {
  let server: AppServer;
  let browser: Browser;
  const url = (path: string) => new URL(path, server.baseUrl).toString();
  /** A fresh browser context (its own cookies) at desktop size; closed by the test that opens it. */
  const newContext = () => browser.newContext({ viewport: { width: 1280, height: 900 } });
  /** An admin's API session, for set-up only. */
  let admin: { context: BrowserContext; csrfToken: string };

  beforeAll(async () => {
    server = await startAppServer({ users: Object.values(E2E_USERS) });
    browser = await launchBrowser();
    const context = await newContext();
    admin = { context, ...(await loginThroughApi(context, server.baseUrl, E2E_USERS.admin)) };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it.each(Object.values(E2E_USERS))('$role signs in through the form at /accedi', async (user) => {
    const context = await newContext();
    try {
      const page = await context.newPage();
      await loginThroughUi(page, server.baseUrl, user);
      expect(new URL(page.url()).pathname).toMatch(/^\/gestione/);
      const session = (await (await context.request.get(url('/api/auth/session'))).json()) as { user: { email: string; role: string } | null };
      expect(session.user).toMatchObject({ email: user.email, role: user.role });
    } finally {
      await context.close();
    }
  });

  it('visitor: home → strategy (both levels) → indicator → one territory switched off → the CSV of what is shown; then English, kept by the links', async () => {
    const j = VISITOR_JOURNEY;
    const context = await newContext();
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);

      // The home opens the newest plan.
      await page.goto(url('/'));
      await page.waitForURL(`**/piani/${j.plan}`);
      await page.getByRole('heading', { level: 1, name: j.planTitle }).waitFor();

      // A strategy of the home, then its page with both monitoring levels.
      await page.getByRole('link', { name: j.strategy.title }).first().click();
      await page.waitForURL(`**/piani/${j.plan}/strategie/${j.strategy.code}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(j.strategy.title) }).waitFor();
      const context1 = page.getByRole('region', { name: 'Indicatori di contesto' });
      await context1.getByRole('heading', { name: j.indicator.name }).waitFor();
      expect(await context1.innerText()).toContain(j.indicator.latest.it);
      const actions = page.getByRole('table', { name: `Azioni della strategia ${j.strategy.code}` });
      await actions.waitFor();
      for (const code of j.strategy.actions) {
        await expect(actions.getByRole('row', { name: new RegExp(`^${code.replaceAll('.', '\\.')}\\b`) }).count()).resolves.toBe(1);
      }

      // The indicator card leads to the full series.
      await page.getByRole('link', { name: `Serie completa, grafico e dati: ${j.indicator.name}` }).click();
      await page.waitForURL((u) => u.pathname === `/indicatori/${j.indicator.code}`);
      await page.getByRole('heading', { level: 1, name: j.indicator.name }).waitFor();
      const territories = page.getByRole('group', { name: 'Territori a confronto' });
      await territories.getByRole('checkbox', { name: j.kept.name, checked: true }).waitFor();
      const dropped = territories.getByRole('checkbox', { name: j.dropped.name, checked: true });
      await dropped.waitFor();

      // Switching a comparison territory off changes the URL (a link reopens the same view).
      // (A click, not uncheck(): the box follows the URL, which changes a moment after the click.)
      await dropped.click();
      await page.waitForURL((u) => u.searchParams.get('territori') === j.kept.code);
      await territories.getByRole('checkbox', { name: j.dropped.name, checked: false }).waitFor();
      const download = page.getByRole('region', { name: 'Scarica i dati' }).getByRole('link', { name: 'CSV per Excel' });
      await page.getByText(`Territori: ${j.kept.name}.`).waitFor();

      // The "CSV per Excel" is what is shown: BOM, the header line, then only the territory left selected, decimal comma.
      const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
      // The file is named after what it holds (the server's Content-Disposition).
      expect(file.suggestedFilename()).toBe(`${j.indicator.code}_shown_excel.csv`);
      const text = fs.readFileSync(await file.path(), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''), ';');
      expect(header!.join(';')).toBe(j.csvHeader);
      const expected = (await (await context.request.get(url(`/api/observations?indicator=${j.indicator.code}&territory=${j.kept.code}`))).json()) as {
        items: unknown[];
      };
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toHaveLength(expected.items.length);
      const column = (name: string) => header!.indexOf(name);
      expect(new Set(rows.map((r) => r[column('codice_territorio')]))).toEqual(new Set([j.kept.code]));
      expect(new Set(rows.map((r) => r[column('codice_indicatore')]))).toEqual(new Set([j.indicator.code]));
      const latest = rows.find((r) => r[column('periodo')] === j.indicator.latest.period);
      expect(latest?.[column('valore')]).toBe(String(j.indicator.latest.value).replace('.', ','));

      // English from the header: same view (territories kept), English words, en-GB numbers.
      expect(await page.locator('main').innerText()).toContain(j.indicator.latest.it);
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await page.waitForURL((u) => u.searchParams.get('lang') === 'en');
      expect(queryParam(page, 'territori')).toBe(j.kept.code);
      await page.getByRole('heading', { level: 1, name: j.indicator.nameEn }).waitFor();
      await page.getByRole('group', { name: 'Territories compared' }).waitFor();
      await page.getByText(j.indicator.latest.en).first().waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
      const english = await page.locator('main').innerText();
      expect(english).toContain(j.indicator.latest.en);
      expect(english).not.toContain(j.indicator.latest.it);
      expect(english).toContain('Download the data');
      expect(english).toContain('CSV for Excel');

      // A link followed from there keeps the language: the breadcrumb to the strategy, then an action.
      await page.getByRole('navigation', { name: /breadcrumb/i }).getByRole('link', { name: `Strategy ${j.strategy.code}` }).click();
      await page.waitForURL((u) => u.pathname === `/piani/${j.plan}/strategie/${j.strategy.code}` && u.searchParams.get('lang') === 'en');
      await page.getByRole('heading', { name: 'Context indicators', level: 2 }).waitFor();
      await page.getByRole('region', { name: 'Context indicators' }).getByText(j.indicator.latest.en).first().waitFor();
      await page.getByRole('table', { name: `Actions of strategy ${j.strategy.code}` }).getByRole('link').first().click();
      await page.waitForURL((u) => u.pathname === `/piani/${j.plan}/azioni/${j.strategy.actions[0]}`);
      expect(queryParam(page, 'lang')).toBe('en');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');

      expect.soft(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(`analyst, through the UI: signs in, uploads ${ANALYST_IMPORT.fileName}, reads the preview (23 new values), commits, and finds Nord-ovest 2022 = 40.700 on the indicator page`, async () => {
    const a = ANALYST_IMPORT;
    // The data the journey starts from: no value for Nord-ovest yet.
    const observations = `/api/observations?indicator=${a.indicator}&territory=${a.territory.code}`;
    const before = (await (await admin.context.request.get(url(observations))).json()) as { items: unknown[] };
    expect(before.items).toEqual([]);

    const context = await newContext();
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);

      await page.goto(url('/accedi'));
      await page.getByRole('button', { name: 'Accedi', exact: true }).waitFor();
      expect.soft(await axeViolations(page), 'axe-core: login page').toEqual([]);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.analyst);

      // Back-office → Importazioni.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Importazioni' }).click();
      await page.waitForURL('**/gestione/importazioni');
      await page.getByRole('heading', { level: 1, name: 'Importazione dei dati' }).waitFor();
      const form = page.getByRole('form', { name: 'Carica il file' });
      await form.waitFor();
      expect.soft(await axeViolations(page), 'axe-core: import wizard, upload').toEqual([]);

      // The file through the input, and the options the form asks for a Eurostat TSV.
      await form.getByLabel('scegli un file').setInputFiles(a.file);
      await form.getByText(`File scelto: ${a.fileName}`).waitFor();
      await form.getByLabel("Codice dell'indicatore").fill(a.indicator);
      await form.getByLabel('Filtri', { exact: true }).fill(Object.entries(a.filters).map(([k, v]) => `${k}=${v}`).join('\n'));
      await form.getByRole('button', { name: 'Carica e verifica' }).click();

      // The job's page: the preview, nothing written yet.
      await page.waitForURL(/\/gestione\/importazioni\/\d+$/, SLOW);
      const preview = page.getByRole('region', { name: 'Anteprima' });
      const commit = preview.getByRole('button', { name: "Conferma l'importazione" });
      await commit.waitFor(SLOW);
      const counts = await descriptionPairs(preview);
      expect(counts).toMatchObject({ nuovi: String(a.counts.inserted), aggiornati: '0', invariati: '0', errori: String(a.counts.errors) });
      const facts = await preview.innerText();
      for (const fact of a.previewFacts) expect(facts).toContain(fact);
      await preview.getByText('Il file è valido: conferma per scrivere i valori.').waitFor();
      expect.soft(await axeViolations(page), 'axe-core: import wizard, preview').toEqual([]);

      // Commit, then the done step and its link to the public indicator page.
      await commit.click();
      const done = page.getByRole('region', { name: 'Importazione completata' });
      await done.waitFor(SLOW);
      expect(await descriptionPairs(done)).toMatchObject({ nuovi: String(a.counts.inserted), errori: '0' });
      expect.soft(await axeViolations(page), 'axe-core: import wizard, done').toEqual([]);
      await done.getByRole('link', { name: /^Pagina pubblica di / }).click();
      await page.waitForURL((u) => u.pathname === `/indicatori/${a.indicator}`);

      // Nord-ovest is offered now; selected, its latest value is 2022 = 40.700, in the summary and the table.
      // (While its values load, the summary says "Nessun valore" for it: waits are for the value itself.)
      const territories = page.getByRole('group', { name: 'Territori a confronto' });
      const nordOvest = territories.getByRole('checkbox', { name: a.territory.name });
      await nordOvest.waitFor();
      if (!(await nordOvest.isChecked())) await nordOvest.click();
      await page.waitForURL((u) => (u.searchParams.get('territori') ?? '').split(',').includes(a.territory.code));
      const summary = page.getByRole('region', { name: 'Ultimi valori' }).getByRole('listitem').filter({ hasText: a.territory.name });
      await summary.getByText(`${a.lastValue.it} ${a.unit}`).waitFor();
      const latest = await summary.innerText();
      expect(latest).toContain(`${a.lastValue.it} ${a.unit}`);
      expect(latest).toContain(`Ultimo valore, ${a.lastValue.period}`);
      // The chart draws it too: its description counts four territories now, and there are four lines.
      await page.getByText(`Valori dal ${a.periods.first} al ${a.periods.last} per 4 territori`).waitFor();
      await page.locator('.recharts-line').nth(3).waitFor();

      await page.getByRole('tab', { name: 'Tabella' }).click();
      await page.waitForURL((u) => u.searchParams.get('tab') === 'tabella');
      await page.getByRole('columnheader', { name: a.territory.name }).waitFor();
      const row = page.getByRole('row', { name: new RegExp(`^${a.lastValue.period}\\b`) });
      await row.filter({ hasText: a.lastValue.it }).waitFor();

      // The same figure in English: en-GB digits.
      await page.getByRole('link', { name: 'Read this page in English' }).click();
      await page.waitForURL((u) => u.searchParams.get('lang') === 'en' && u.searchParams.get('tab') === 'tabella');
      await page.getByRole('columnheader', { name: a.territory.name }).waitFor();
      await page.getByRole('tab', { name: 'Table', selected: true }).waitFor();
      await row.filter({ hasText: a.lastValue.en }).waitFor();
      expect(await page.locator('main').innerText()).not.toContain(a.lastValue.it);

      expect.soft(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }

    // What the pages showed is what was written.
    const after = (await (await admin.context.request.get(url(observations))).json()) as { items: { period: string; value: number; territoryName: string }[] };
    expect(after.items).toHaveLength(a.periods.count);
    expect(after.items.at(-1)).toMatchObject({ period: a.lastValue.period, value: a.lastValue.value, territoryName: a.territory.name });
  });

  it('manager, through the UI: signs in, finds the action assigned to them in "Le mie azioni", records "In corso" at 40 % with a comment and an act, and sees it on the strategy and action pages', async () => {
    const m = MANAGER_UPDATE;
    await assignAction(admin.context.request, server.baseUrl, admin.csrfToken, { plan: m.plan, action: m.action, email: E2E_USERS.manager.email });

    const context = await newContext();
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.manager);

      // Le mie azioni: the action, marked as assigned by name.
      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Le mie azioni' }).click();
      await page.waitForURL('**/gestione/azioni');
      const list = page.getByRole('list', { name: 'Le mie azioni' });
      const item = list.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${m.action.replaceAll('.', '\\.')}\\b`) }) });
      await item.waitFor();
      expect(await item.innerText()).toContain('assegnata a te');
      expect.soft(await axeViolations(page), 'axe-core: Le mie azioni').toEqual([]);

      // The status form.
      await item.getByRole('link', { name: `Aggiorna lo stato dell'azione ${m.action}` }).click();
      await page.waitForURL(`**/gestione/piani/${m.plan}/azioni/${m.action}/stato`);
      const form = page.getByRole('form', { name: 'Nuovo aggiornamento' });
      await form.waitFor();
      expect.soft(await axeViolations(page), 'axe-core: status form').toEqual([]);

      await chooseStatus(form, m.status);
      await form.getByRole('textbox', { name: 'Avanzamento (%)' }).fill(String(m.progress));
      await form.getByRole('textbox', { name: 'Commento' }).fill(m.comment);
      const act = form.getByRole('group', { name: 'Atto o documento di riferimento (facoltativo)' });
      await act.getByRole('combobox', { name: 'Tipo' }).selectOption({ label: m.evidence.type });
      await act.getByRole('textbox', { name: 'Numero' }).fill(m.evidence.number);
      await act.getByLabel('Data').fill(m.evidence.date);
      await form.getByRole('button', { name: "Salva l'aggiornamento" }).click();

      // Saved: the message, with links to the strategy and the public page.
      const saved = page.getByRole('status').filter({ hasText: 'Aggiornamento salvato' });
      await saved.waitFor(SLOW);
      expect(await saved.innerText()).toContain(`stato «${m.status}»`);
      expect.soft(await axeViolations(page), 'axe-core: status form, saved').toEqual([]);

      // The strategy page: the action with its new status and progress.
      await saved.getByRole('link', { name: `Vai alla strategia ${m.strategy}` }).click();
      await page.waitForURL(`**/piani/${m.plan}/strategie/${m.strategy}`);
      const row = page
        .getByRole('table', { name: `Azioni della strategia ${m.strategy}` })
        .getByRole('row', { name: new RegExp(`^${m.action.replaceAll('.', '\\.')}\\b`) });
      await row.filter({ hasText: m.status }).waitFor();
      const cells = await row.innerText();
      expect(cells).toContain(m.status);
      expect(cells).toContain(m.progressText);

      // The action page: the history's newest entry with the comment and the act.
      await row.getByRole('link').click();
      await page.waitForURL(`**/piani/${m.plan}/azioni/${m.action}`);
      const history = page.getByRole('region', { name: 'Cronologia degli aggiornamenti' });
      const newest = history.getByRole('listitem').first();
      await newest.filter({ hasText: m.comment }).waitFor();
      const entry = await newest.innerText();
      expect(entry).toContain(m.status);
      expect(entry).toContain(m.progressText);
      expect(entry).toContain(m.comment);
      expect(entry).toContain(`${m.evidence.type} n. ${m.evidence.number} del ${m.evidence.dateIt}`);
      expect(entry).toContain(E2E_USERS.manager.name);

      expect.soft(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('manager, two tabs on one action: the second save gets the clear conflict message and keeps what was typed; after reloading, it saves', async () => {
    const c = MANAGER_CONFLICT;
    await assignAction(admin.context.request, server.baseUrl, admin.csrfToken, { plan: c.plan, action: c.action, email: E2E_USERS.manager.email });

    const context = await newContext();
    try {
      await loginThroughApi(context, server.baseUrl, E2E_USERS.manager);
      const formUrl = url(`/gestione/piani/${c.plan}/azioni/${c.action}/stato`);
      const [first, second] = [await context.newPage(), await context.newPage()];
      const errors = [collectPageErrors(first), collectPageErrors(second)];
      const forms = [first, second].map((p) => p.getByRole('form', { name: 'Nuovo aggiornamento' }));
      await Promise.all([first.goto(formUrl), second.goto(formUrl)]);
      await Promise.all(forms.map((f) => f.waitFor()));

      const fill = async (form: (typeof forms)[number], values: { status: string; progress: number; comment: string }) => {
        await chooseStatus(form, values.status);
        await form.getByRole('textbox', { name: 'Avanzamento (%)' }).fill(String(values.progress));
        await form.getByRole('textbox', { name: 'Commento' }).fill(values.comment);
      };

      // The first tab saves (brought to the front as a person switches tabs: Chromium throttles a tab in the background).
      await first.bringToFront();
      await fill(forms[0]!, c.first);
      await forms[0]!.getByRole('button', { name: "Salva l'aggiornamento" }).click();
      await first.getByRole('status').filter({ hasText: 'Aggiornamento salvato' }).waitFor(SLOW);

      // The second tab, opened before that save, is refused with 409 and says so clearly.
      await second.bringToFront();
      await fill(forms[1]!, c.second);
      const refused = second.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/actions/${c.action}/updates`));
      await forms[1]!.getByRole('button', { name: "Salva l'aggiornamento" }).click();
      expect((await refused).status()).toBe(409);
      const conflict = second.getByRole('alert').filter({ hasText: 'Aggiornamento non salvato: qualcuno ha salvato prima di te' });
      await conflict.waitFor();
      const explanation = await conflict.innerText();
      expect(explanation).toContain(`stato «${c.first.status}»`);
      expect(explanation).toContain('I tuoi dati non sono stati salvati né persi');
      // What was typed is still there.
      await expect(forms[1]!.getByRole('radio', { name: c.second.status, exact: true }).isChecked()).resolves.toBe(true);
      await expect(forms[1]!.getByRole('textbox', { name: 'Avanzamento (%)' }).inputValue()).resolves.toBe(String(c.second.progress));
      await expect(forms[1]!.getByRole('textbox', { name: 'Commento' }).inputValue()).resolves.toBe(c.second.comment);
      expect.soft(await axeViolations(second), 'axe-core: status form, conflict').toEqual([]);

      // Reload the current version, then confirm: saved, with the values typed in the second tab.
      await conflict.getByRole('button', { name: 'Ricarica la versione attuale' }).click();
      await second.getByRole('status').filter({ hasText: 'Hai caricato la versione' }).waitFor();
      await expect(forms[1]!.getByRole('textbox', { name: 'Commento' }).inputValue()).resolves.toBe(c.second.comment);
      await forms[1]!.getByRole('button', { name: 'Conferma e salva' }).click();
      const saved = second.getByRole('status').filter({ hasText: 'Aggiornamento salvato' });
      await saved.waitFor(SLOW);
      expect(await saved.innerText()).toContain(`stato «${c.second.status}»`);

      // The public history holds both updates, the second tab's on top.
      await second.goto(url(`/piani/${c.plan}/azioni/${c.action}`));
      const entries = second.getByRole('region', { name: 'Cronologia degli aggiornamenti' }).getByRole('listitem');
      await entries.first().waitFor();
      expect(await entries.count()).toBe(2);
      expect(await entries.first().innerText()).toContain(c.second.comment);
      expect(await entries.nth(1).innerText()).toContain(c.first.comment);

      expect.soft(errors[0], 'console errors, first tab').toEqual([]);
      expect.soft(unexpected(errors[1]!, /status of 409/), 'console errors, second tab').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('admin, through the UI: signs in, creates a manager account, sets it a new password; the new manager signs in with it and finds the action assigned to them', async () => {
    const j = ADMIN_JOURNEY;
    const context = await newContext();
    try {
      const page = await context.newPage();
      const errors = collectPageErrors(page);
      await loginThroughUi(page, server.baseUrl, E2E_USERS.admin);

      await page.getByRole('navigation', { name: "Sezioni dell'area riservata" }).getByRole('link', { name: 'Utenti' }).click();
      await page.waitForURL('**/gestione/utenti');
      const create = page.getByRole('form', { name: 'Nuovo utente' });
      await create.waitFor();
      await page.getByRole('table', { name: 'Account dell’area riservata' }).waitFor();
      expect.soft(await axeViolations(page), 'axe-core: users page').toEqual([]);

      // A new account.
      await create.getByLabel(/^Indirizzo e-mail/).fill(j.newUser.email);
      await create.getByLabel(/^Nome e cognome/).fill(j.newUser.name);
      await create.getByLabel(/^Ruolo/).selectOption({ label: j.newUser.role });
      await create.getByLabel(/^Password iniziale/).fill(j.newUser.password);
      await create.getByLabel(/^Ripeti la password/).fill(j.newUser.password);
      await create.getByRole('button', { name: /^Crea l.utente$/ }).click();
      await create.getByRole('status').filter({ hasText: `Utente ${j.newUser.email} creato.` }).waitFor(SLOW);
      const row = page.getByRole('row', { name: new RegExp(`^${j.newUser.email.replaceAll('.', '\\.')}`) });
      await row.waitFor();
      expect(await row.innerText()).toContain(j.newUser.role);

      // Set-up the pages do not offer: the action is assigned to the new account by name.
      await assignAction(admin.context.request, server.baseUrl, admin.csrfToken, { plan: j.plan, action: j.action, email: j.newUser.email });

      // A new password for it, from its editor.
      await row.getByRole('button', { name: `Modifica l’utente ${j.newUser.email}` }).click();
      await page.waitForURL((u) => u.searchParams.has('utente'));
      const password = page.getByRole('form', { name: 'Imposta una nuova password' });
      await password.getByLabel(/^Nuova password/).fill(j.newPassword);
      await password.getByLabel(/^Ripeti la password/).fill(j.newPassword);
      await password.getByRole('button', { name: 'Imposta la password' }).click();
      await password.getByRole('status').filter({ hasText: `Nuova password impostata per ${j.newUser.email}` }).waitFor(SLOW);
      expect.soft(await axeViolations(page), 'axe-core: users page, editor').toEqual([]);
      expect.soft(errors, 'console errors').toEqual([]);
    } finally {
      await context.close();
    }

    // The new manager: the initial password no longer works, the new one does, and the action is theirs.
    const managerContext = await newContext();
    try {
      const old = await managerContext.request.post(url('/api/auth/login'), { data: { email: j.newUser.email, password: j.newUser.password } });
      expect(old.status()).toBe(401);
      const page = await managerContext.newPage();
      await loginThroughUi(page, server.baseUrl, { email: j.newUser.email, password: j.newPassword });
      await page.goto(url('/gestione/azioni'));
      const item = page
        .getByRole('list', { name: 'Le mie azioni' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: new RegExp(`^${j.action.replaceAll('.', '\\.')}\\b`) }) });
      await item.waitFor();
      expect(await item.innerText()).toContain('assegnata a te');
    } finally {
      await managerContext.close();
    }
  });
});
