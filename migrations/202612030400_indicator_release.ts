import type { Knex } from 'knex';

/**
 * What users expect to know of an indicator's data (issue 14, item 6): the date the source released
 * the values we hold, the date of its next expected release, and the office responsible for it.
 * Dates are days (no time); the next release may be before the last one only by mistake, so it is checked.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('indicators', (t) => {
    t.date('release_date');
    t.date('next_release');
    t.integer('responsible_office_id').references('id').inTable('offices').onDelete('SET NULL');
    t.index('responsible_office_id');
  });
  await knex.raw(
    `alter table indicators add constraint indicators_next_release_check check (next_release is null or release_date is null or next_release >= release_date)`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table indicators drop constraint if exists indicators_next_release_check');
  await knex.schema.alterTable('indicators', (t) => {
    t.dropIndex('responsible_office_id');
    t.dropColumn('responsible_office_id');
    t.dropColumn('next_release');
    t.dropColumn('release_date');
  });
}
