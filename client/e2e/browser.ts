import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with no traffic of its own to the network. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** axe-core's WCAG 2.1 A/AA rules and best practices on the page (or one frame's document) as it is; returns the violations, readable. */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src 'self') rightly
  // refuses inline <script> tags, and the test must not weaken it.
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    // WCAG 2.1 A/AA and axe's best practices (landmarks, one main, headings in order, …).
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Links without a name: `a[href]` whose accessible name (aria-labelledby, aria-label, visible or hidden
 * text, an image's alt, title) is empty. Such a link is found neither by a screen reader's list of links
 * nor by a sighted user. Returns each one's HTML, shortened.
 */
export async function unnamedLinks(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => {
    const named = (a: Element): boolean => {
      const by = a.getAttribute('aria-labelledby');
      if (by && by.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      if (a.getAttribute('aria-label')?.trim()) return true;
      if (a.textContent?.trim()) return true;
      if (Array.from(a.querySelectorAll('img[alt], svg[aria-label]')).some((i) => (i.getAttribute('alt') ?? i.getAttribute('aria-label') ?? '').trim())) return true;
      return Boolean(a.getAttribute('title')?.trim());
    };
    return Array.from(document.querySelectorAll('a[href]')).filter((a) => !named(a)).map((a) => a.outerHTML.slice(0, 160));
  });
}

/**
 * Console errors and uncaught exceptions of a page, collected from now on. A visitor's 401 on
 * /api/auth/me is not counted (the client asks /api/auth/session, which answers 200 to visitors,
 * but an older page may still ask /me: the 401 then says "not logged in", not that something broke).
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location()?.url ?? '';
    if (/401/.test(m.text()) && /\/api\/auth\/me\b/.test(url)) return;
    errors.push(url ? `${m.text()} (${url})` : m.text());
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

/**
 * Opens a URL and waits until the page has settled: no network for 500 ms (at most 15 s) and no
 * loading state (LoadingState's .state--loading, or anything aria-busy) left on the page (at most 15 s).
 * Returns the HTTP status of the document.
 */
export async function openSettled(page: Page, url: string): Promise<number | null> {
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await page
    .waitForFunction(() => !document.querySelector('.state--loading, [aria-busy="true"]'), null, { timeout: 15_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  return response?.status() ?? null;
}
