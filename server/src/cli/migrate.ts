import { migrateLatest } from '../db/knex';
import { withDb } from './with-db';

/** `latest` applies pending migrations; `down` undoes the last one. */
const command = process.argv[2] ?? 'latest';

void withDb(async (db) => {
  if (command === 'latest') {
    const applied = await migrateLatest(db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
  } else if (command === 'down') {
    const [, undone] = (await db.migrate.down()) as [number, string[]];
    console.log(undone.length ? `Undone: ${undone.join(', ')}` : 'Nothing to undo.');
  } else {
    throw new Error(`Unknown command "${command}": use latest or down`);
  }
});
