/**
 * Screenshots of every public page: `npm run screenshots -w client [-- <folder>] [options]`.
 *
 * Builds the client into a temporary folder and starts the application on a fresh seeded database
 * (as the e2e tests do), then saves a full-page PNG of each page of e2e/public-pages.ts in Italian
 * and English at 1280 px and 360 px: <folder>/<page>.<lang>.<width>.png (default folder
 * /tmp/psm-screenshots). For each shot it prints the console errors, the axe-core (WCAG 2.1 A/AA)
 * violations and a horizontal overflow, if any, then a summary.
 *
 * Options:
 *   --base-url URL   shoot a server that is already running instead of building and starting one
 *   --pages a,b      only these pages (ids of e2e/public-pages.ts, e.g. home-2024-2026,strategy)
 *   --lang it|en     only this language
 *   --width N        only this width (1280 or 360, or any other)
 */
import fs from 'node:fs';
import path from 'node:path';
import { startAppServer, type AppServer } from './app-server';
import { axeViolations, collectPageErrors, launchBrowser, openSettled } from './browser';
import { LANGUAGES, PUBLIC_PAGES, VIEWPORTS, pageUrl, type Language } from './public-pages';

const USAGE = `Usage: npm run screenshots -w client -- [folder] [--base-url URL] [--pages id,id] [--lang it|en] [--width N]
Pages: ${PUBLIC_PAGES.map((p) => p.id).join(', ')}`;

/** `--name value` options and positional arguments (node:util parseArgs is missing from the @types/node the client resolves). */
function parseArgv(argv: string[], names: readonly string[]): { values: Record<string, string | undefined>; positionals: string[]; help: boolean } {
  const values: Record<string, string | undefined> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') help = true;
    else if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      if (!names.includes(name!)) {
        console.error(`Unknown option ${a}\n${USAGE}`);
        process.exit(2);
      }
      values[name!] = inline ?? argv[++i];
    } else positionals.push(a);
  }
  return { values, positionals, help };
}

const { values, positionals, help } = parseArgv(process.argv.slice(2), ['base-url', 'pages', 'lang', 'width']);
if (help) {
  console.log(USAGE);
  process.exit(0);
}
const outDir = path.resolve(positionals[0] ?? '/tmp/psm-screenshots');
const only = values.pages?.split(',').map((s) => s.trim()).filter(Boolean);
const unknown = only?.filter((id) => !PUBLIC_PAGES.some((p) => p.id === id)) ?? [];
if (unknown.length || (values.lang && !(LANGUAGES as readonly string[]).includes(values.lang)) || (values.width && !/^\d+$/.test(values.width))) {
  console.error(`${unknown.length ? `Unknown page(s): ${unknown.join(', ')}\n` : ''}${USAGE}`);
  process.exit(2);
}
const pages = only ? PUBLIC_PAGES.filter((p) => only.includes(p.id)) : PUBLIC_PAGES;
const langs: readonly Language[] = values.lang ? [values.lang as Language] : LANGUAGES;
const viewports = values.width ? [{ name: `${values.width} px`, width: Number(values.width), height: 900 }] : VIEWPORTS;

type Shot = { file: string; errors: string[]; violations: string[]; overflow: number; h1: string[] };

async function main(): Promise<number> {
  fs.mkdirSync(outDir, { recursive: true });
  let server: AppServer | undefined;
  const browser = await launchBrowser();
  try {
    let baseUrl = values['base-url'];
    if (!baseUrl) {
      console.log('Building the client and starting the application on a fresh seeded database…');
      server = await startAppServer();
      baseUrl = server.baseUrl;
    }
    console.log(`Shooting ${baseUrl} into ${outDir}\n`);
    const shots: Shot[] = [];
    for (const vp of viewports) {
      const context = await browser.newContext({ viewport: { width: vp.width, height: vp.height } });
      for (const target of pages) {
        for (const lang of langs) {
          const page = await context.newPage();
          const errors = collectPageErrors(page);
          const url = pageUrl(baseUrl, target, lang);
          const status = await openSettled(page, url);
          if (status !== 200) errors.push(`the document answered HTTP ${status}`);
          // Recharts animates its lines for 1.5 s: shoot the drawn chart.
          if (await page.locator('.recharts-wrapper').count()) await page.waitForTimeout(1600);
          const file = path.join(outDir, `${target.id}.${lang}.${vp.width}.png`);
          await page.screenshot({ path: file, fullPage: true });
          const violations = await axeViolations(page);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          const h1 = await page.locator('h1').allInnerTexts();
          await page.close();
          shots.push({ file, errors, violations, overflow, h1 });
          const problems = errors.length + violations.length + (overflow > 0 ? 1 : 0);
          console.log(`${problems ? '✗' : '✓'} ${path.basename(file).padEnd(40)} ${url.slice(baseUrl.length)}  h1: ${h1.length ? JSON.stringify(h1.join(' | ')) : '(none)'}`);
          for (const e of errors) console.log(`    console error: ${e}`);
          for (const v of violations) console.log(`    axe: ${v}`);
          if (overflow > 0) console.log(`    horizontal scroll: the page is ${overflow} px wider than the ${vp.width} px window`);
        }
      }
      await context.close();
    }
    const withErrors = shots.filter((s) => s.errors.length).length;
    const withViolations = shots.filter((s) => s.violations.length).length;
    const overflowing = shots.filter((s) => s.overflow > 0).length;
    const noH1 = shots.filter((s) => s.h1.length !== 1).length;
    console.log(
      `\n${shots.length} screenshots in ${outDir}: ${withErrors} with console errors, ${withViolations} with axe violations, ` +
        `${overflowing} scrolling sideways, ${noH1} without exactly one <h1>.`,
    );
    return 0;
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('screenshots failed:', err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
