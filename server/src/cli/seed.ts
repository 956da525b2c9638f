import { migrateLatest } from '../db/knex';
import { seedDatabase } from '../seed/seed';
import { withDb } from './with-db';

void withDb(async (db) => {
  await migrateLatest(db);
  const result = await seedDatabase(db);
  console.log(result.seeded ? 'Seed data loaded.' : `Nothing seeded: ${result.reason}.`);
});
