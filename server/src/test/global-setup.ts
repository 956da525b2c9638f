import { buildTemplates } from './db-template';

/**
 * jest global setup: builds the template databases once per run, from the current migrations and
 * seeds (nothing is kept between runs), and exports where they are to the test workers, which
 * start after it and inherit process.env.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  Object.assign(process.env, await buildTemplates(process.env.DATABASE_URL));
  console.log(`\nTest database template ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
