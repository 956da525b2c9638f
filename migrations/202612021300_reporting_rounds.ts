import type { Knex } from 'knex';

/**
 * Reporting rounds (issue 13): an admin opens a round for a plan and a period with a deadline; the
 * managers with actions to report get a digest e-mail when it opens and a reminder `reminder_days`
 * before the deadline. The e-mails are jobs in `mail_jobs`, claimed by one API process at a time
 * (`for update skip locked`, `claimed_by` an `app_processes` row), so a job is done once with several
 * processes and still done after a restart. Every attempt to send to someone is a row of `mail_sends`.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('reporting_rounds', (t) => {
    t.increments('id').primary();
    t.integer('plan_id').notNullable().references('id').inTable('plans').onDelete('CASCADE');
    t.text('period').notNullable();
    t.date('deadline').notNullable();
    t.integer('reminder_days').notNullable();
    // The site's address the e-mails link to (PUBLIC_URL, or the address the admin opened the round from).
    t.text('base_url').notNullable();
    t.integer('opened_by').references('id').inTable('users').onDelete('SET NULL');
    t.text('opened_by_label').notNullable();
    t.timestamp('opened_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('closed_at', { useTz: true });
    t.integer('closed_by').references('id').inTable('users').onDelete('SET NULL');
  });
  await knex.raw(`alter table reporting_rounds add constraint reporting_rounds_reminder_days_check check (reminder_days >= 0)`);
  // Like every link column: http(s) only, so an e-mail never carries another scheme.
  await knex.raw(`alter table reporting_rounds add constraint reporting_rounds_base_url_check check (base_url ~* '^https{0,1}://')`);
  // One open round per plan and period.
  await knex.raw('create unique index reporting_rounds_open on reporting_rounds (plan_id, period) where closed_at is null');

  await knex.schema.createTable('mail_jobs', (t) => {
    t.increments('id').primary();
    t.integer('round_id').notNullable().references('id').inTable('reporting_rounds').onDelete('CASCADE');
    t.text('kind').notNullable();
    // One manager (a resend to them), or null: every manager the kind is for.
    t.integer('user_id').references('id').inTable('users').onDelete('CASCADE');
    t.timestamp('run_at', { useTz: true }).notNullable();
    t.text('status').notNullable().defaultTo('queued');
    t.integer('claimed_by').references('id').inTable('app_processes').onDelete('SET NULL');
    t.timestamp('claimed_at', { useTz: true });
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`alter table mail_jobs add constraint mail_jobs_kind_check check (kind in ('apertura', 'promemoria', 'reinvio'))`);
  await knex.raw(`alter table mail_jobs add constraint mail_jobs_status_check check (status in ('queued', 'running', 'done', 'failed', 'cancelled'))`);
  // The opening digest and the reminder exist once per round.
  await knex.raw(`create unique index mail_jobs_once on mail_jobs (round_id, kind) where kind in ('apertura', 'promemoria')`);
  await knex.raw(`create index mail_jobs_due on mail_jobs (run_at) where status = 'queued'`);

  await knex.schema.createTable('mail_sends', (t) => {
    t.increments('id').primary();
    t.integer('job_id').notNullable().references('id').inTable('mail_jobs').onDelete('CASCADE');
    t.integer('round_id').notNullable().references('id').inTable('reporting_rounds').onDelete('CASCADE');
    t.integer('user_id').references('id').inTable('users').onDelete('SET NULL');
    t.text('address').notNullable();
    t.text('kind').notNullable();
    t.integer('attempt').notNullable();
    // sending (claimed, outcome unknown), sent, failed, not_sent (no mail server configured).
    t.text('status').notNullable();
    t.text('error');
    t.text('message_id');
    t.integer('actions').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('sent_at', { useTz: true });
    t.unique(['job_id', 'user_id', 'attempt']);
  });
  await knex.raw(`alter table mail_sends add constraint mail_sends_status_check check (status in ('sending', 'sent', 'failed', 'not_sent'))`);
  await knex.raw('create index mail_sends_round on mail_sends (round_id, user_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('mail_sends');
  await knex.schema.dropTable('mail_jobs');
  await knex.schema.dropTable('reporting_rounds');
}
