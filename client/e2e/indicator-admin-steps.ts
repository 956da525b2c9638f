import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './browser';

const SLOW = { timeout: 60_000 };

/**
 * Picks a territory in a picker one types in (about 330 choices): types its code, as an analyst would,
 * and clicks the one choice that names it.
 */
async function chooseTerritory(page: Page, box: Locator, code: string): Promise<void> {
  await box.fill(code);
  await page.getByRole('option', { name: new RegExp(`\\(${code}\\)`) }).click();
  expect(await box.inputValue()).toContain(`(${code})`);
}

/** What the new-indicator form asks, as an analyst types it. */
export type NewIndicator = { code: string; name: string; unit: string; sourceAgency: string; polarity: string; licence: string };

/**
 * An analyst's steps on /gestione/indicatori/nuovo (reached from the list's link): fills the form,
 * creates the indicator and waits for its admin page. axe-core runs on the empty form.
 */
export async function createIndicatorThroughUi(page: Page, baseUrl: string, ind: NewIndicator): Promise<void> {
  await page.goto(new URL('/gestione/indicatori', baseUrl).toString());
  await page.getByRole('link', { name: 'Nuovo indicatore' }).click();
  await page.waitForURL('**/gestione/indicatori/nuovo');
  const form = page.getByRole('form', { name: 'Nuovo indicatore' });
  await form.waitFor();
  expect(await axeViolations(page), 'axe-core: new indicator').toEqual([]);
  await form.getByLabel(/^Codice/).fill(ind.code);
  await form.getByLabel(/^Nome \(obbligatorio\)/).fill(ind.name);
  await form.getByLabel(/^Unità di misura/).fill(ind.unit);
  // The styled radio lies under its label: a user clicks the label.
  await form.locator('label', { hasText: ind.polarity }).click();
  expect(await form.getByRole('radio', { name: ind.polarity, exact: true }).isChecked()).toBe(true);
  await form.getByLabel(/^Ente che pubblica i dati/).fill(ind.sourceAgency);
  await form.getByLabel(/^Licenza/).fill(ind.licence);
  await form.getByRole('button', { name: /^Crea l.indicatore$/ }).click();
  await page.waitForURL(`**/gestione/indicatori/${ind.code}`, SLOW).catch(async (err: Error) => {
    // Say what the form said instead of a bare time-out.
    throw new Error(`${err.message}\nThe form says: ${await form.innerText()}`);
  });
}

/**
 * From the indicator's admin page: opens its value grid, types one row per [territory, period, value],
 * previews the batch and confirms it. axe-core runs on the filled grid and on the preview.
 */
export async function enterValuesThroughUi(page: Page, rows: readonly (readonly [string, string, string])[]): Promise<void> {
  await page.getByRole('link', { name: 'Inserisci o modifica i valori' }).click();
  await page.waitForURL('**/valori');
  await page.getByText('Nessun valore: aggiungi una riga.').waitFor(SLOW);
  for (const [i, [territory, period, value]] of rows.entries()) {
    await page.getByRole('button', { name: 'Aggiungi una riga' }).click();
    await chooseTerritory(page, page.getByRole('combobox', { name: `Territorio: nuova riga ${i + 1}` }), territory);
    await page.getByLabel(`Periodo: nuova riga ${i + 1}`).fill(period);
    await page.getByLabel(`Valore: nuova riga ${i + 1}`).fill(value);
  }
  expect(await axeViolations(page), 'axe-core: value grid').toEqual([]);
  await page.getByRole('button', { name: 'Anteprima', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Anteprima del salvataggio' });
  await preview.getByText(`${rows.length} nuovi, 0 modificati, 0 invariati, 0 senza valore`).waitFor(SLOW);
  expect(await axeViolations(page), 'axe-core: preview').toEqual([]);
  await preview.getByRole('button', { name: 'Conferma' }).click();
  await page.getByText(new RegExp(`^Salvato: lotto n\\. \\d+ \\(${rows.length} nuovi, 0 modificati\\)\\.$`)).waitFor(SLOW);
}

/** On the indicator's admin page (open): adds a target in the targets section and waits for it in the table. */
export async function addTargetThroughUi(
  page: Page,
  t: { territory: string; period: string; value: string; plan: string; sourceUrl: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Aggiungi un obiettivo' });
  await form.waitFor(SLOW);
  await chooseTerritory(page, form.getByRole('combobox', { name: /^Territorio/ }), t.territory);
  await form.getByLabel(/^Periodo/).fill(t.period);
  await form.getByLabel(/^Valore/).fill(t.value);
  await form.getByLabel(/^Piano/).selectOption(t.plan);
  await form.getByLabel(/^Indirizzo della fonte/).fill(t.sourceUrl);
  await form.getByRole('button', { name: /^Aggiungi l.obiettivo$/ }).click();
  await form.getByRole('status').getByText('Obiettivo aggiunto.').waitFor(SLOW);
}

/** On the indicator's admin page (open): the publication panel says it is ready, axe-core finds nothing, Publish. */
export async function publishThroughUi(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: /^Pubblicazione/ });
  await panel.getByText('I metadati necessari sono completi: puoi pubblicarlo.').waitFor(SLOW);
  expect(await axeViolations(page), 'axe-core: admin page with the publication panel').toEqual([]);
  await panel.getByRole('button', { name: 'Pubblica', exact: true }).click();
  await panel.getByText('Pubblicato: ora è visibile a tutti.').waitFor(SLOW);
}

/** The strategy links editor of `plan`/`strategy`: adds the indicator (by code) at the end of the list and saves. */
export async function linkToStrategyThroughUi(page: Page, baseUrl: string, plan: string, strategy: string, code: string): Promise<void> {
  await page.goto(new URL(`/gestione/piani/${plan}/strategie/${strategy}/indicatori`, baseUrl).toString());
  await page.getByRole('heading', { level: 1, name: `Indicatori della strategia ${strategy}` }).waitFor(SLOW);
  await page.getByLabel('Cerca un indicatore').fill(code);
  await page.getByLabel('Indicatore da aggiungere').selectOption(code);
  await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await page.getByRole('button', { name: 'Salva i collegamenti' }).click();
  await page.getByText('Collegamenti salvati.').waitFor(SLOW);
}
