import type { Knex } from 'knex';

/**
 * Import batches become the record of an import's whole life (issue 3): uploaded through the API,
 * previewed, committed, rolled back. The upload keeps its stored file, size, the preview/commit
 * report and the error that stopped it; statuses name each step.
 */
const STATUSES = ['uploaded', 'previewing', 'previewed', 'invalid', 'committing', 'committed', 'failed', 'rolled_back'];
const OLD_STATUSES = ['preview', 'committed', 'rolled_back'];

const statusCheck = (list: string[]) => `status in (${list.map((s) => `'${s}'`).join(', ')})`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('import_batches', (t) => {
    t.text('format_label');
    t.bigInteger('size_bytes');
    t.text('stored_path');
    t.integer('rows_missing').notNullable().defaultTo(0);
    t.integer('rows_filtered').notNullable().defaultTo(0);
    t.jsonb('report');
    t.text('error');
    t.timestamp('committed_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('rolled_back_by').references('users.id');
    t.text('rolled_back_by_label');
  });
  await knex.raw('alter table import_batches drop constraint import_batches_status_check');
  await knex.raw(`alter table import_batches add constraint import_batches_status_check check (${statusCheck(STATUSES)})`);
  await knex.raw(`update import_batches set committed_at = created_at where status = 'committed'`);
  // Idempotency looks up committed batches by checksum; rollback looks up what a batch replaced.
  await knex.raw('create index import_batches_status_checksum on import_batches (checksum) where status = \'committed\'');
  await knex.raw(
    'create index observations_superseded_by on observations (superseded_by_batch_id) where superseded_by_batch_id is not null',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists observations_superseded_by');
  await knex.raw('drop index if exists import_batches_status_checksum');
  await knex.raw(`delete from import_batches where status not in (${OLD_STATUSES.map((s) => `'${s}'`).join(', ')})`);
  await knex.raw('alter table import_batches drop constraint import_batches_status_check');
  await knex.raw(`alter table import_batches add constraint import_batches_status_check check (${statusCheck(OLD_STATUSES)})`);
  await knex.schema.alterTable('import_batches', (t) => {
    t.dropColumn('rolled_back_by_label');
    t.dropColumn('rolled_back_by');
    t.dropColumn('updated_at');
    t.dropColumn('committed_at');
    t.dropColumn('error');
    t.dropColumn('report');
    t.dropColumn('rows_filtered');
    t.dropColumn('rows_missing');
    t.dropColumn('stored_path');
    t.dropColumn('size_bytes');
    t.dropColumn('format_label');
  });
}
