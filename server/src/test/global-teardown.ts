import { dropTemplates } from './db-template';

/** jest global teardown: removes the templates of this run (global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  await dropTemplates(process.env.DATABASE_URL, process.env);
}
