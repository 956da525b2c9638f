import type { Knex } from 'knex';

/**
 * Import jobs shared by every API process (issue 11): the batch row is the job. A queued job has no
 * worker (`uploaded` waiting for its preview, `committing` waiting for its commit); a process claims it
 * by writing its id in `worker_id`, and any process answers its progress from `progress`. Each API
 * process registers in `app_processes`; one whose lease has lapsed (see server/src/jobs/presence.ts) is
 * gone, and its running jobs are failed by whichever process notices first.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('app_processes', (t) => {
    t.increments('id').primary();
    // The application_name of its database connections: what a survivor terminates if they linger.
    t.text('tag').notNullable().unique();
    t.text('host').notNullable();
    t.integer('pid').notNullable();
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('heartbeat_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('stopped_at', { useTz: true });
  });
  await knex.schema.alterTable('import_batches', (t) => {
    t.integer('worker_id').references('id').inTable('app_processes').onDelete('SET NULL');
    t.jsonb('progress');
    // Who asked for the job (the upload's preview, or the commit) and the request that queued it.
    t.integer('requested_by').references('id').inTable('users').onDelete('SET NULL');
    t.text('requested_by_label');
    t.text('request_id');
  });
  await knex.raw(`create index import_batches_queue on import_batches (id) where worker_id is null and status in ('uploaded', 'committing')`);
  // Jobs left by processes of the previous version have no worker: fail them, as its start-up would have.
  await knex('import_batches')
    .whereIn('status', ['uploaded', 'previewing', 'committing'])
    .update({ status: 'failed', error: 'Interrupted: the server stopped before the job finished; nothing was written. Upload the file again.' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists import_batches_queue');
  await knex.schema.alterTable('import_batches', (t) => {
    t.dropColumn('worker_id');
    t.dropColumn('progress');
    t.dropColumn('requested_by');
    t.dropColumn('requested_by_label');
    t.dropColumn('request_id');
  });
  await knex.schema.dropTable('app_processes');
}
