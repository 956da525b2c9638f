import type { Knex } from 'knex';

/**
 * Accounts (issue 4): server-side sessions, failed logins for the lockout, the last login and
 * the office a manager answers for. The session id is the SHA-256 of the cookie's random token, so a leaked
 * table cannot be replayed as cookies.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.timestamp('last_login_at', { useTz: true });
    t.integer('office_id').references('offices.id');
  });
  await knex.schema.createTable('sessions', (t) => {
    t.text('id').primary();
    t.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    t.text('csrf_token').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_seen_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.text('ip');
    t.text('user_agent');
    t.index(['user_id']);
    t.index(['expires_at']);
  });
  // Failed logins by e-mail and by address: the lockout works the same for unknown e-mails
  // (no enumeration) and is shared by every API process.
  await knex.schema.createTable('login_failures', (t) => {
    t.bigIncrements('id');
    t.text('email').notNullable();
    t.text('ip');
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['email', 'occurred_at']);
    t.index(['ip', 'occurred_at']);
  });
  await knex.schema.alterTable('audit_log', (t) => {
    t.index(['occurred_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropIndex(['occurred_at']);
  });
  await knex.schema.dropTable('login_failures');
  await knex.schema.dropTable('sessions');
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('office_id');
    t.dropColumn('last_login_at');
  });
}
