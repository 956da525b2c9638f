import type { Knex } from 'knex';

/**
 * Draft indicators (issue 14, item 2): an indicator created by a file import (or by a form) starts
 * as a draft, seen only in the back-office, until an analyst completes its metadata and publishes it.
 * Every indicator that exists already is public: it is marked published as of its creation.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('indicators', (t) => {
    t.text('status').notNullable().defaultTo('draft');
    t.timestamp('published_at', { useTz: true });
    t.integer('published_by').references('id').inTable('users').onDelete('SET NULL');
  });
  await knex.raw(`alter table indicators add constraint indicators_status_check check (status in ('draft', 'published'))`);
  await knex.raw(`update indicators set status = 'published', published_at = created_at`);
  // The public reads filter on it.
  await knex.raw('create index indicators_status on indicators (status)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists indicators_status');
  await knex.raw('alter table indicators drop constraint if exists indicators_status_check');
  await knex.schema.alterTable('indicators', (t) => {
    t.dropColumn('published_by');
    t.dropColumn('published_at');
    t.dropColumn('status');
  });
}
