import type { Knex } from 'knex';

/**
 * Every link a user or a file can store is http(s) (issue 11). The `source_url` columns that had no
 * check get one; the checks that had one (evidence, planning tools, targets) now accept the scheme in
 * any case, as the API's URL validation does (HTTPS://… was a valid link refused by the database: a 500).
 * Rows already holding another scheme stop the migration with their table and count, to be fixed first.
 */
const NEW_CHECKS: [table: string, column: string][] = [
  ['axes', 'source_url'],
  ['strategies', 'source_url'],
  ['actions', 'source_url'],
  ['action_fundings', 'source_url'],
  ['indicators', 'source_url'],
  ['observations', 'source_url'],
  ['territories', 'source_url'],
  ['territory_memberships', 'source_url'],
];

/** Checks of earlier migrations, with their condition there. */
const OLD_CHECKS: [table: string, column: string, name: string, nullable: boolean][] = [
  ['action_updates', 'evidence_url', 'action_updates_evidence_url_check', true],
  ['planning_tools', 'url', 'planning_tools_url_check', true],
  ['planning_objectives', 'source_url', 'planning_objectives_source_url_check', true],
  ['targets', 'source_url', 'targets_source_url_check', false],
];

// knex.raw reads "?" as a binding: {0,1} instead.
const isHttp = (column: string, op: '~' | '~*') => `${column} ${op} '^https{0,1}://'`;
const condition = (column: string, nullable: boolean, op: '~' | '~*') => (nullable ? `${column} is null or ${isHttp(column, op)}` : isHttp(column, op));

async function setCheck(knex: Knex, table: string, name: string, check: string): Promise<void> {
  await knex.raw(`alter table ${table} drop constraint if exists ${name}`);
  await knex.raw(`alter table ${table} add constraint ${name} check (${check})`);
}

export async function up(knex: Knex): Promise<void> {
  for (const [table, column] of NEW_CHECKS) {
    const bad = await knex(table).whereNotNull(column).whereRaw(`not (${isHttp(column, '~*')})`).count({ n: '*' }).first<{ n: number | string }>();
    if (Number(bad.n) > 0) throw new Error(`${table}.${column}: ${bad.n} row(s) hold a link that is not http(s); fix or clear them, then migrate again.`);
    await setCheck(knex, table, `${table}_${column}_check`, condition(column, true, '~*'));
  }
  for (const [table, column, name, nullable] of OLD_CHECKS) await setCheck(knex, table, name, condition(column, nullable, '~*'));
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, column, name, nullable] of OLD_CHECKS) await setCheck(knex, table, name, condition(column, nullable, '~'));
  for (const [table, column] of NEW_CHECKS) await knex.raw(`alter table ${table} drop constraint if exists ${table}_${column}_check`);
}
