import type { Knex } from 'knex';

/**
 * The person an action is assigned to (issue 4): a manager may update the actions of their office
 * and those assigned to them by name.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('actions', (t) => {
    t.integer('responsible_user_id').references('users.id').onDelete('SET NULL');
    t.index(['responsible_user_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('actions', (t) => {
    t.dropIndex(['responsible_user_id']);
    t.dropColumn('responsible_user_id');
  });
}
