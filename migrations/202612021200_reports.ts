import type { Knex } from 'knex';

/**
 * Reports (issue 12): the yearly update of a plan composed in the back-office. A report belongs to
 * a plan edition, quotes the data as they were on its reference date ("dati al") and is an ordered
 * list of sections (JSON, validated by the API's contract). A draft can change; a final report is
 * frozen. `version` is the If-Match of a change.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('reports', (t) => {
    t.increments('id').primary();
    t.integer('plan_id').notNullable().references('plans.id').onDelete('CASCADE');
    t.text('title').notNullable();
    t.date('reference_date').notNullable();
    t.text('lang').notNullable().defaultTo('it');
    t.jsonb('sections').notNullable().defaultTo('[]');
    t.text('status').notNullable().defaultTo('draft');
    t.integer('version').notNullable().defaultTo(1);
    t.integer('duplicated_from').references('reports.id').onDelete('SET NULL');
    t.integer('created_by').references('users.id').onDelete('SET NULL');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('finalised_at', { useTz: true });
    t.index(['plan_id']);
  });
  await knex.raw(`alter table reports add constraint reports_lang_check check (lang in ('it', 'en'))`);
  await knex.raw(`alter table reports add constraint reports_status_check check (status in ('draft', 'final'))`);
  await knex.raw(`alter table reports add constraint reports_final_check check ((status = 'final') = (finalised_at is not null))`);
  await knex.raw(`alter table reports add constraint reports_title_check check (length(title) between 1 and 300)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('reports');
}
