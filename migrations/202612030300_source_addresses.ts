import type { Knex } from 'knex';

/**
 * Sources as addresses (issue 14, item 3): an import recipe keeps the address of a source (an ISTAT
 * SDMX query, a Eurostat API query, any HTTPS CSV/XLSX) with the options an analyst chose on the import
 * screen, so "Aggiorna dalla fonte" downloads it again and opens the usual preview. The check state
 * (ETag, Last-Modified, SHA-256 of the body) tells whether the source changed since it was imported.
 * `next_check_at` is moved forward by the process that claims a due check (`for update skip locked`),
 * so with several API processes each recipe is checked once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('import_recipes', (t) => {
    t.increments('id').primary();
    t.text('name').notNullable();
    t.text('url').notNullable();
    // null: detected from the file, as on an upload.
    t.text('format');
    // The options object of an upload (indicator, map, filters, createIndicators, source), without format.
    t.jsonb('options').notNullable().defaultTo('{}');
    t.integer('indicator_id').references('id').inTable('indicators').onDelete('SET NULL');
    t.text('etag');
    t.text('last_modified');
    t.text('checksum');
    t.timestamp('last_checked_at', { useTz: true });
    t.text('last_check_status');
    // The error's code and parameters as JSON text, e.g. {"code":"source.httpStatus","params":{"status":404}}.
    t.text('last_check_error');
    t.boolean('changed_since_import').notNullable().defaultTo(false);
    t.timestamp('next_check_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('last_batch_id').references('id').inTable('import_batches').onDelete('SET NULL');
    t.integer('created_by').references('id').inTable('users').onDelete('SET NULL');
    t.text('created_by_label').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  // Like every link column: http(s) only (production may further require https, see docs/imports.md).
  await knex.raw(`alter table import_recipes add constraint import_recipes_url_check check (url ~* '^https{0,1}://')`);
  await knex.raw(
    `alter table import_recipes add constraint import_recipes_last_check_status_check check (last_check_status in ('unchanged', 'changed', 'error'))`,
  );
  await knex.raw('create index import_recipes_due on import_recipes (next_check_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('import_recipes');
}
