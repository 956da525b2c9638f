import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildClient, buildDbTemplate, DB_TEMPLATE_ENV } from './app-server';

/**
 * vitest global setup of the end-to-end tests: builds the client and migrates and seeds a template
 * database once per run, instead of once per file. Each file's startAppServer() still starts its own
 * server on its own copy of the template; it finds both through E2E_CLIENT_DIST and E2E_DB_TEMPLATE,
 * which the test workers, started after this, inherit. A build given in E2E_CLIENT_DIST is served as
 * it is. Returns the teardown.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const teardown = async () => {
    for (const c of cleanups.reverse()) await c();
  };
  try {
    // Both at once: the build and the seeding are child processes, one core each.
    const building = process.env.E2E_CLIENT_DIST ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'psm-e2e-dist-'));
    if (building) cleanups.push(() => fs.rmSync(building, { recursive: true, force: true }));
    const templating = buildDbTemplate().then(({ template, drop }) => {
      cleanups.push(drop);
      process.env[DB_TEMPLATE_ENV] = template;
    });
    // Settled, not Promise.all: a failed build must not leave the template being made behind the teardown.
    const failed = (await Promise.allSettled([building && buildClient(building), templating])).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (building) process.env.E2E_CLIENT_DIST = building;
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
