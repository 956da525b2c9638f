import type { Knex } from 'knex';
import { countRows } from '../db/knex';
import { writeAudit } from '../audit/audit';
import { seedIndicators } from './seed-indicators';
import { seedPlans } from './seed-plans';
import { seedTerritories } from './seed-territories';

export type SeedResult = { seeded: boolean; reason?: string };

/** Loads the seed data into an empty database, in one transaction; a database with plans is left alone. */
export async function seedDatabase(db: Knex): Promise<SeedResult> {
  return db.transaction(async (trx) => {
    if ((await countRows(trx('plans'))) > 0 || (await countRows(trx('territories'))) > 0) return { seeded: false, reason: 'the database already holds data' };
    const territoryIds = await seedTerritories(trx);
    const metro = await trx('territories').where({ level: 'citta_metropolitana' }).first('id');
    await seedPlans(trx, metro.id);
    await seedIndicators(trx, territoryIds);
    await writeAudit(trx, [{ actor: 'seed', action: 'seed', resourceType: 'database', after: { seeds: 'seeds/' } }]);
    return { seeded: true };
  });
}
