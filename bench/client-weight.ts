/**
 * Client weight benchmark: `npm run bench:weight`.
 *
 * Target: the initial JavaScript of the public home (/piani/psm-2024-2026) and of a strategy page
 * (/piani/psm-2024-2026/strategie/1.1) is at most 250 KB gzip each (KB = 1,000 bytes, the stricter
 * reading), and neither page loads back-office code or Recharts.
 *
 * 1. Builds the client for production into a temporary folder, with Vite's manifest
 *    (.vite/manifest.json) and the source maps of the build configuration.
 * 2. Starts the application as `npm start` does (server/src/index.ts serving that build through
 *    CLIENT_DIST) on an embedded database of its own in the temporary folder, seeded at start.
 * 3. Opens each page in Debian's Chromium (playwright-core) in a fresh browser context (empty cache),
 *    waits for the network to be idle, and records every JavaScript and CSS response: URL, bytes,
 *    whether the server sent a Content-Encoding, and the gzip size of the exact bytes (zlib, level 9).
 * 4. Maps every chunk to its source modules through its source map: a module of the back-office
 *    (app/routes/backoffice*, features auth, backoffice, imports, users, indicator-admin, plan-import,
 *    action-status; components/back-office and components/forms) or of Recharts (node_modules/recharts)
 *    fails the run.
 * 5. Cross-checks with a static computation from the manifest: the entry and its static imports, plus
 *    the route's lazy chunk and its static imports. Chunks the browser loaded beyond that (e.g. icons
 *    design-react-kit loads on demand) are listed.
 * 6. Prints the tables and PASS/FAIL; exit code 1 on FAIL. Everything is removed at the end
 *    (BENCH_KEEP=1 keeps the temporary folder).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const REPO_ROOT = path.resolve(__dirname, '..');
const CLIENT_ROOT = path.join(REPO_ROOT, 'client');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const KEEP = process.env.BENCH_KEEP === '1';

const TARGET_KB = 250;
const KB = 1000;

/** The pages measured, with the lazy chunk of their route (client/src/app/router.tsx). */
const PAGES = [
  { name: 'public home', path: '/piani/psm-2024-2026', route: 'src/app/routes/plan-page.tsx' },
  { name: 'strategy page', path: '/piani/psm-2024-2026/strategie/1.1', route: 'src/app/routes/strategy-page.tsx' },
] as const;

/** Source modules a visitor's page must not load: the back-office's routes and features, and the shared pieces only they use. */
const BACK_OFFICE =
  /^src\/(app\/routes\/backoffice(\/|-routes)|features\/(auth|backoffice|imports|users|indicator-admin|plan-import|action-status)\/|components\/(back-office|forms)\/)/;
const RECHARTS = /(^|\/)node_modules\/recharts\//;

const log = (msg: string) => console.log(`[bench:weight ${(performance.now() / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const kb = (bytes: number, d = 1) => (bytes / KB).toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const gzipSize = (buf: Buffer) => zlib.gzipSync(buf, { level: 9 }).length;

type ManifestChunk = { file: string; src?: string; name?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[]; css?: string[] };
type Manifest = Record<string, ManifestChunk>;

type Loaded = { url: string; file: string; kind: 'js' | 'css'; bytes: number; gzip: number; encoding: string | null };
type ChunkSources = { modules: string[]; backOffice: string[]; recharts: boolean; summary: string };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function startServer(dist: string, dbDir: string): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', CLIENT_DIST: dist, PGLITE_DIR: dbDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${output}`);
    if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) return { child, base };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The source modules of a built file, from its source map, relative to client/ (node_modules/… for packages). */
function chunkSources(dist: string, file: string): ChunkSources {
  const mapFile = path.join(dist, `${file}.map`);
  if (!fs.existsSync(mapFile)) return { modules: [], backOffice: [], recharts: false, summary: '(no source map)' };
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as { sources: string[]; sourceRoot?: string };
  const modules = map.sources.map((s) => {
    const abs = path.resolve(path.dirname(mapFile), map.sourceRoot ?? '', s);
    const nm = abs.lastIndexOf(`${path.sep}node_modules${path.sep}`);
    return nm >= 0 ? abs.slice(nm + 1).split(path.sep).join('/') : path.relative(CLIENT_ROOT, abs).split(path.sep).join('/');
  });
  const packages = new Set<string>();
  const appDirs = new Set<string>();
  for (const m of modules) {
    const pkg = /^node_modules\/((@[^/]+\/)?[^/]+)/.exec(m);
    if (pkg) packages.add(pkg[1]!);
    else appDirs.add(m.split('/').slice(0, m.startsWith('src/features/') ? 3 : 2).join('/'));
  }
  const app = appDirs.size ? `${modules.length - [...modules].filter((m) => m.startsWith('node_modules/')).length} app modules (${[...appDirs].sort().join(', ')})` : '';
  const summary = [app, packages.size ? `packages: ${[...packages].sort().join(', ')}` : ''].filter(Boolean).join('; ');
  return { modules, backOffice: modules.filter((m) => BACK_OFFICE.test(m)), recharts: modules.some((m) => RECHARTS.test(m)), summary };
}

/** Files of the entry plus the route's lazy chunk, each with its static imports, from Vite's manifest. */
function staticInitialFiles(manifest: Manifest, route: string): { js: string[]; css: string[] } {
  const seen = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`"${key}" is not in the Vite manifest`);
    seen.add(key);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('the Vite manifest has no entry');
  visit(entry);
  visit(route);
  return { js: [...seen].map((k) => manifest[k]!.file), css: [...css] };
}

type PageResult = {
  name: string;
  path: string;
  h1: string;
  js: (Loaded & { sources: ChunkSources })[];
  css: Loaded[];
  jsGzip: number;
  jsBytes: number;
  cssGzip: number;
  staticJs: string[];
  staticGzip: number;
  onlyLoaded: string[];
  onlyStatic: string[];
  errors: string[];
};

async function measure(browser: Browser, base: string, dist: string, manifest: Manifest, page: (typeof PAGES)[number]): Promise<PageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  const pending: Promise<Loaded | null>[] = [];
  tab.on('response', (res) => {
    const url = new URL(res.url());
    const kind = /\.m?js$/.test(url.pathname) ? 'js' : /\.css$/.test(url.pathname) ? 'css' : null;
    if (!kind || url.origin !== base) return;
    pending.push(
      res.body().then(
        (body) => ({
          url: url.pathname,
          file: url.pathname.replace(/^\//, ''),
          kind,
          bytes: body.length,
          gzip: gzipSize(body),
          encoding: res.headers()['content-encoding'] ?? null,
        }),
        () => null,
      ),
    );
  });
  const response = await tab.goto(base + page.path, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) throw new Error(`${page.path} answered ${response?.status()}`);
  const h1 = (await tab.locator('h1').first().textContent({ timeout: 15_000 }).catch(() => null)) ?? '(no h1)';
  await tab.waitForLoadState('networkidle');
  const loaded = (await Promise.all(pending)).filter((l): l is Loaded => l !== null);
  await context.close();

  const js = loaded.filter((l) => l.kind === 'js').map((l) => ({ ...l, sources: chunkSources(dist, l.file) }));
  const css = loaded.filter((l) => l.kind === 'css');
  const st = staticInitialFiles(manifest, page.route);
  const staticGzip = st.js.reduce((n, f) => n + gzipSize(fs.readFileSync(path.join(dist, f))), 0);
  const loadedFiles = new Set(js.map((j) => j.file));
  return {
    name: page.name,
    path: page.path,
    h1: h1.trim(),
    js,
    css,
    jsGzip: js.reduce((n, j) => n + j.gzip, 0),
    jsBytes: js.reduce((n, j) => n + j.bytes, 0),
    cssGzip: css.reduce((n, c) => n + c.gzip, 0),
    staticJs: st.js,
    staticGzip,
    onlyLoaded: js.map((j) => j.file).filter((f) => !st.js.includes(f)),
    onlyStatic: st.js.filter((f) => !loadedFiles.has(f)),
    errors,
  };
}

/** Splits a long line at ", " or "; " into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const part of text.split(/(?<=[,;] )/)) {
    if (line && line.length + part.length > width) {
      out.push(line.trimEnd());
      line = '  ';
    }
    line += part;
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}

function report(results: PageResult[], startedAt: number): boolean {
  const lines: string[] = ['', '=== bench:weight - initial JavaScript of the public pages (production build, empty cache) ==='];
  lines.push(`browser        Debian Chromium (${CHROMIUM}), fresh context per page, load until network idle`);
  lines.push(`sizes          bytes as served; gzip = zlib level 9 of the exact bytes; KB = 1,000 bytes`);
  lines.push(`target         <= ${TARGET_KB} KB gzip of JavaScript per page; no back-office module, no Recharts`);
  let pass = true;
  for (const r of results) {
    lines.push('', `--- ${r.name}: ${r.path}  (h1: "${r.h1}")`);
    lines.push(`  ${'chunk (then its source modules)'.padEnd(44)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}  sent as`);
    for (const j of [...r.js].sort((a, b) => b.gzip - a.gzip)) {
      const flag = j.sources.backOffice.length ? ' [BACK-OFFICE]' : j.sources.recharts ? ' [RECHARTS]' : '';
      lines.push(`  ${j.file.replace(/^assets\//, '').padEnd(44)} ${kb(j.bytes).padStart(8)} ${kb(j.gzip).padStart(8)}  ${(j.encoding ?? 'identity').padEnd(8)}${flag}`);
      for (const l of wrap(j.sources.summary, 100)) lines.push(`      ${l}`);
    }
    const within = r.jsGzip <= TARGET_KB * KB;
    const bo = r.js.flatMap((j) => j.sources.backOffice);
    const rc = r.js.filter((j) => j.sources.recharts).map((j) => j.file);
    const encodings = [...new Set(r.js.map((j) => j.encoding ?? 'none'))].join(', ');
    lines.push(`  ${'TOTAL'.padEnd(44)} ${kb(r.jsBytes).padStart(8)} ${kb(r.jsGzip).padStart(8)}  (${r.js.length} JavaScript files)`);
    lines.push(`  JavaScript     ${kb(r.jsGzip)} KB gzip (target <= ${TARGET_KB} KB) ${within ? 'PASS' : 'FAIL'}`);
    lines.push(`  back-office    ${bo.length ? `FAIL: ${bo.length} modules, e.g. ${bo.slice(0, 5).join(', ')}` : 'none loaded PASS'}`);
    lines.push(`  Recharts       ${rc.length ? `FAIL: in ${rc.join(', ')}` : 'not loaded PASS'}`);
    lines.push(`  server         Content-Encoding of the JavaScript: ${encodings} (the gzip figures are what a compressing server or proxy would send)`);
    lines.push(`  CSS            ${kb(r.cssGzip)} KB gzip in ${r.css.length} file(s): ${r.css.map((c) => `${c.file.replace(/^assets\//, '')} ${kb(c.bytes)} KB raw`).join(', ') || 'none'} (information, not judged)`);
    lines.push(`  static check   manifest: entry + static imports + ${PAGES.find((p) => p.path === r.path)!.route.split('/').pop()} + its static imports = ${r.staticJs.length} files, ${kb(r.staticGzip)} KB gzip`);
    if (r.onlyStatic.length) lines.push(`                 in the static set but not loaded: ${r.onlyStatic.join(', ')}`);
    if (r.onlyLoaded.length) {
      const extra = r.js.filter((j) => r.onlyLoaded.includes(j.file));
      lines.push(`                 loaded beyond the static set (on demand): ${extra.length} files, ${kb(extra.reduce((n, j) => n + j.gzip, 0))} KB gzip: ${extra.map((j) => j.file.replace(/^assets\//, '')).join(', ')}`);
    } else lines.push('                 the browser loaded exactly the static set');
    if (r.errors.length) lines.push(`  console errors (information): ${r.errors.join(' | ')}`);
    pass &&= within && bo.length === 0 && rc.length === 0;
  }
  lines.push('', `RESULT         ${pass ? 'PASS' : 'FAIL'}  (run took ${((performance.now() - startedAt) / 1000).toFixed(1)} s)`);
  console.log(lines.join('\n'));
  return pass;
}

async function main(): Promise<number> {
  const started = performance.now();
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'psm-bench-weight-'));
  const dist = path.join(tmp, 'dist');
  let server: { child: ChildProcess; base: string } | undefined;
  let browser: Browser | undefined;
  let cleaningUp: Promise<void> | undefined;
  const cleanup = () =>
    (cleaningUp ??= (async () => {
      await browser?.close().catch(() => undefined);
      if (server) await stopServer(server.child).catch((e) => console.error('stopping the server:', e));
      if (KEEP) log(`kept ${tmp}`);
      else fs.rmSync(tmp, { recursive: true, force: true });
    })());
  const onSignal = (sig: NodeJS.Signals) => {
    console.error(`\n${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    log(`building the client (production) into ${dist}`);
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error', '--manifest'], { cwd: CLIENT_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    for (const p of PAGES) if (!manifest[p.route]) throw new Error(`the route chunk ${p.route} is not in the manifest: has the router changed?`);
    server = await startServer(dist, path.join(tmp, 'db'));
    log(`app (pid ${server.child.pid}) on ${server.base}, embedded database in ${path.join(tmp, 'db')}`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const results: PageResult[] = [];
    for (const p of PAGES) {
      log(`measuring ${p.path}`);
      results.push(await measure(browser, server.base, dist, manifest, p));
    }
    return report(results, started) ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('bench:weight failed:', err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
