import type { Knex } from 'knex';

/**
 * Offices administered from the screens (issue 13): an e-mail to reach the office, `retired_at` for an
 * office that no longer exists (kept on old records, never chosen for new ones) and a `version` for
 * If-Match. A department is an office's parent: never itself.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('offices', (t) => {
    t.text('email');
    t.timestamp('retired_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
  });
  // One @, something on each side, a dot in the domain, no spaces: the shape the API checks too.
  await knex.raw(`alter table offices add constraint offices_email_check check (email is null or email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$')`);
  await knex.raw(`alter table offices add constraint offices_parent_check check (parent_id is null or parent_id <> id)`);
  await knex.raw(`alter table offices add constraint offices_code_check check (length(code) between 1 and 50 and code !~ '\\s')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table offices drop constraint if exists offices_code_check');
  await knex.raw('alter table offices drop constraint if exists offices_parent_check');
  await knex.raw('alter table offices drop constraint if exists offices_email_check');
  await knex.schema.alterTable('offices', (t) => {
    t.dropColumn('version');
    t.dropColumn('retired_at');
    t.dropColumn('email');
  });
}
