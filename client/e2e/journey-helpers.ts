import type { APIRequestContext, Locator, Page } from 'playwright-core';

/**
 * Set-up of the manager's journeys (there is no page for it): the admin assigns an action to an
 * account by e-mail, PATCH /api/plans/{plan}/actions/{code} with { responsibleUser } and the action's
 * ETag in If-Match. `request` is an admin's (see loginThroughApi), `csrfToken` the token of its session.
 */
export async function assignAction(
  request: APIRequestContext,
  baseUrl: string,
  csrfToken: string,
  { plan, action, email }: { plan: string; action: string; email: string },
): Promise<void> {
  const url = new URL(`/api/plans/${encodeURIComponent(plan)}/actions/${encodeURIComponent(action)}`, baseUrl).toString();
  const read = await request.get(url);
  if (!read.ok()) throw new Error(`GET ${url} answered ${read.status()}: ${await read.text()}`);
  const etag = read.headers().etag;
  if (!etag) throw new Error(`GET ${url} sent no ETag`);
  const write = await request.patch(url, { data: { responsibleUser: email }, headers: { 'If-Match': etag, 'X-CSRF-Token': csrfToken } });
  if (!write.ok()) throw new Error(`PATCH ${url} answered ${write.status()}: ${await write.text()}`);
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF; `separator` a comma or, for Excel, a semicolon) into rows of fields; a final empty line is dropped. */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The terms and definitions of the description list (<dl>) within a part of the page, read through
 * their roles: term text (its first line, without any help text under it) → definition text.
 */
export async function descriptionPairs(within: Locator): Promise<Record<string, string>> {
  const terms = await within.getByRole('term').allInnerTexts();
  const definitions = await within.getByRole('definition').allInnerTexts();
  if (terms.length !== definitions.length) throw new Error(`${terms.length} terms for ${definitions.length} definitions`);
  return Object.fromEntries(terms.map((t, i) => [t.trim().split('\n')[0]!.trim(), definitions[i]!.trim()]));
}

/** The page's query parameter, or null. */
export const queryParam = (page: Page, name: string): string | null => new URL(page.url()).searchParams.get(name);

/**
 * An admin's step on the users page (/gestione/utenti, already open): a new manager in `office`, chosen
 * in the office combobox by its code; waits for the confirmation.
 */
export async function createManagerThroughUi(
  page: Page,
  user: { email: string; name: string; password: string },
  office: { code: string; name: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Nuovo utente' });
  await form.waitFor();
  await form.getByLabel(/^Indirizzo e-mail/).fill(user.email);
  await form.getByLabel(/^Nome e cognome/).fill(user.name);
  await form.getByLabel(/^Ruolo/).selectOption({ label: 'Responsabile di azioni' });
  await form.getByRole('combobox', { name: /^Ufficio/ }).fill(office.code);
  await form.getByRole('option', { name: `${office.name} (${office.code})` }).click();
  await form.getByLabel(/^Password iniziale/).fill(user.password);
  await form.getByLabel(/^Ripeti la password/).fill(user.password);
  await form.getByRole('button', { name: /^Crea l.utente$/ }).click();
  await form.getByRole('status').filter({ hasText: `Utente ${user.email} creato.` }).waitFor({ timeout: 60_000 });
}
