import type { Knex } from 'knex';

/** Planning tools (DUP, PIAO, PTGM, PUMS, AMSvS) are read publicly: public caches must see their changes. */
const CACHED_TABLES = ['planning_tools', 'planning_objectives', 'action_objectives'];

// knex.raw reads "?" as a binding: {0,1} instead.
export async function up(knex: Knex): Promise<void> {
  for (const table of CACHED_TABLES) {
    await knex.raw(
      `create trigger ${table}_data_version after insert or update or delete or truncate on ${table} for each statement execute function bump_data_version()`,
    );
  }
  await knex.raw(`alter table planning_tools add constraint planning_tools_url_check check (url is null or url ~ '^https{0,1}://')`);
  await knex.raw(`alter table planning_objectives add constraint planning_objectives_source_url_check check (source_url is null or source_url ~ '^https{0,1}://')`);
  await knex.schema.alterTable('planning_objectives', (t) => t.index(['parent_id']));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('planning_objectives', (t) => t.dropIndex(['parent_id']));
  await knex.raw('alter table planning_objectives drop constraint planning_objectives_source_url_check');
  await knex.raw('alter table planning_tools drop constraint planning_tools_url_check');
  for (const table of CACHED_TABLES) await knex.raw(`drop trigger if exists ${table}_data_version on ${table}`);
}
