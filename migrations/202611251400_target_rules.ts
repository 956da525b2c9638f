import type { Knex } from 'knex';

/**
 * Targets (issue: targets for indicators): a target must say where it is published (http/https),
 * its period is written as the observations' are, and there is one per indicator, territory, period
 * and plan, also when it belongs to no plan (a unique constraint lets NULL plan_ids repeat).
 */
// knex.raw reads "?" as a binding: {0,1} instead.
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table targets alter column source_url set not null');
  await knex.raw(`alter table targets add constraint targets_source_url_check check (source_url ~ '^https{0,1}://')`);
  await knex.raw(`alter table targets add constraint targets_period_check check (period ~ '^[0-9]{4}(-(Q[1-4]|S[12]|0[1-9]|1[0-2])){0,1}$')`);
  await knex.raw('create unique index targets_scope_unique on targets (indicator_id, territory_id, period, coalesce(plan_id, 0))');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists targets_scope_unique');
  await knex.raw('alter table targets drop constraint if exists targets_period_check');
  await knex.raw('alter table targets drop constraint if exists targets_source_url_check');
  await knex.raw('alter table targets alter column source_url drop not null');
}
