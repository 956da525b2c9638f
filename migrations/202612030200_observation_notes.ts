import type { Knex } from 'knex';

/**
 * Manual entry of values (constructed indicators, issue 14): each value may cite the document or act it
 * comes from (a text such as "Delibera CM 123/2024", or an http(s) link). `note` already exists on
 * observations; the import pipeline now stages and writes both (null for the files that have none).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('observations', (t) => {
    t.text('source_document');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('observations', (t) => {
    t.dropColumn('source_document');
  });
}
