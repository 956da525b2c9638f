import type { Knex } from 'knex';

/**
 * The whole data model of DESIGN.md: plan structure, territories, indicators and
 * observations (level 1), action status and planning tools (level 2), users and audit.
 * Later work adds behaviour, not tables.
 */

const TERRITORY_LEVELS = [
  'comune',
  'zona_omogenea',
  'citta_metropolitana',
  'provincia',
  'regione',
  'ripartizione',
  'stato',
];
const INDICATOR_SOURCES = ['istat', 'bes', 'eurostat', 'infocamere', 'ente', 'other'];

function timestamps(t: Knex.CreateTableBuilder, knex: Knex): void {
  t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.text('email').notNullable().unique();
    t.text('name');
    t.text('role').notNullable();
    t.text('password_hash');
    t.boolean('active').notNullable().defaultTo(true);
    timestamps(t, knex);
    t.check(`role in ('admin', 'analyst', 'manager')`, [], 'users_role_check');
  });

  await knex.schema.createTable('territories', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('name').notNullable();
    t.text('level').notNullable();
    t.text('istat_code');
    t.text('nuts_code');
    t.text('uts_code');
    t.text('cadastral_code');
    t.text('number');
    t.date('valid_from');
    t.date('valid_to');
    t.jsonb('attributes').notNullable().defaultTo('{}');
    t.text('source_url');
    timestamps(t, knex);
    t.index(['level', 'name']);
    t.index(['istat_code']);
    t.index(['nuts_code']);
    t.check(`level in (${TERRITORY_LEVELS.map((l) => `'${l}'`).join(', ')})`, [], 'territories_level_check');
    t.check('valid_to is null or valid_from is null or valid_to >= valid_from', [], 'territories_validity_check');
  });

  await knex.schema.createTable('territory_memberships', (t) => {
    t.increments('id');
    t.integer('child_id').notNullable().references('territories.id').onDelete('CASCADE');
    t.integer('parent_id').notNullable().references('territories.id').onDelete('CASCADE');
    t.date('valid_from');
    t.date('valid_to');
    t.text('source_url');
    t.text('note');
    t.unique(['child_id', 'parent_id', 'valid_from'], { useConstraint: true });
    t.index(['parent_id']);
    t.check('child_id <> parent_id', [], 'territory_memberships_self_check');
    t.check('valid_to is null or valid_from is null or valid_to >= valid_from', [], 'territory_memberships_validity_check');
  });

  await knex.schema.createTable('plans', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('title').notNullable();
    t.text('subtitle');
    t.integer('period_start');
    t.integer('period_end');
    t.integer('territory_id').references('territories.id');
    t.integer('declared_axes');
    t.integer('declared_strategies');
    t.integer('declared_actions');
    t.text('declared_counts_source');
    t.text('approved_by');
    t.date('approved_on');
    t.text('approval_source');
    t.text('description');
    timestamps(t, knex);
    t.check('period_end is null or period_start is null or period_end >= period_start', [], 'plans_period_check');
    t.check(
      '(declared_axes is null or declared_axes >= 0) and (declared_strategies is null or declared_strategies >= 0) and (declared_actions is null or declared_actions >= 0)',
      [],
      'plans_declared_check',
    );
  });

  const planItem = (t: Knex.CreateTableBuilder): void => {
    t.increments('id');
    t.integer('plan_id').notNullable().references('plans.id').onDelete('CASCADE');
    t.text('code').notNullable();
    t.text('title').notNullable();
    t.text('alt_title');
    t.text('short_label');
    t.text('description');
    t.text('source_label');
    t.text('source_url');
    t.integer('position').notNullable().defaultTo(0);
    timestamps(t, knex);
    t.unique(['plan_id', 'code'], { useConstraint: true });
  };

  await knex.schema.createTable('axes', (t) => {
    planItem(t);
    t.check(`code ~ '^[0-9]+$'`, [], 'axes_code_check');
  });
  await knex.schema.createTable('strategies', (t) => {
    planItem(t);
    t.integer('axis_id').notNullable().references('axes.id').onDelete('CASCADE');
    t.index(['axis_id']);
    t.check(`code ~ '^[0-9]+\\.[0-9]+$'`, [], 'strategies_code_check');
  });

  await knex.schema.createTable('offices', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('name').notNullable();
    t.integer('parent_id').references('offices.id');
    timestamps(t, knex);
  });

  await knex.schema.createTable('actions', (t) => {
    planItem(t);
    t.integer('strategy_id').notNullable().references('strategies.id').onDelete('CASCADE');
    t.integer('office_id').references('offices.id');
    t.text('body_role');
    t.date('planned_start');
    t.date('planned_end');
    t.date('actual_start');
    t.date('actual_end');
    t.decimal('weight', 8, 3).notNullable().defaultTo(1);
    t.integer('version').notNullable().defaultTo(1);
    t.index(['strategy_id']);
    t.check(`code ~ '^[0-9]+\\.[0-9]+\\.[0-9]+$'`, [], 'actions_code_check');
    t.check(`body_role is null or body_role in ('lead', 'coordination', 'support')`, [], 'actions_body_role_check');
    t.check('planned_end is null or planned_start is null or planned_end >= planned_start', [], 'actions_planned_check');
    t.check('actual_end is null or actual_start is null or actual_end >= actual_start', [], 'actions_actual_check');
    t.check('weight >= 0', [], 'actions_weight_check');
  });

  await knex.schema.createTable('action_partners', (t) => {
    t.increments('id');
    t.integer('action_id').notNullable().references('actions.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('role');
    t.unique(['action_id', 'name'], { useConstraint: true });
  });

  await knex.schema.createTable('action_milestones', (t) => {
    t.increments('id');
    t.integer('action_id').notNullable().references('actions.id').onDelete('CASCADE');
    t.text('title').notNullable();
    t.date('planned_date');
    t.date('actual_date');
    t.integer('position').notNullable().defaultTo(0);
    t.index(['action_id']);
  });

  await knex.schema.createTable('action_statuses', (t) => {
    t.text('code').primary();
    t.text('label_it').notNullable();
    t.text('label_en').notNullable();
    t.text('rag').notNullable();
    t.text('colour').notNullable();
    t.integer('position').notNullable().defaultTo(0);
    t.boolean('closed').notNullable().defaultTo(false);
    t.check(`rag in ('red', 'amber', 'green', 'grey')`, [], 'action_statuses_rag_check');
  });

  await knex.schema.createTable('action_updates', (t) => {
    t.increments('id');
    t.integer('action_id').notNullable().references('actions.id').onDelete('CASCADE');
    t.text('status').notNullable().references('action_statuses.code');
    t.integer('progress');
    t.text('reporting_period').notNullable();
    t.text('comment');
    t.text('evidence_type');
    t.text('evidence_number');
    t.date('evidence_date');
    t.text('evidence_url');
    t.integer('author_id').references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['action_id', 'created_at']);
    t.check('progress is null or (progress >= 0 and progress <= 100)', [], 'action_updates_progress_check');
    t.check(`reporting_period ~ '^[0-9]{4}(-(S[12]|Q[1-4]|[0-9]{2})){0,1}$'`, [], 'action_updates_period_check');
  });
  // Status history is append-only: the current status is the latest row.
  await knex.raw(`
    create function action_updates_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'action_updates is append-only';
    end $$`);
  await knex.raw(`
    create trigger action_updates_no_change before update or delete on action_updates
      for each row execute function action_updates_append_only()`);

  await knex.schema.createTable('action_fundings', (t) => {
    t.increments('id');
    t.integer('action_id').notNullable().references('actions.id').onDelete('CASCADE');
    t.text('source_type').notNullable();
    t.text('pnrr_code');
    t.text('cup');
    t.decimal('amount', 16, 2);
    t.text('description');
    t.text('source_url');
    t.index(['action_id']);
    t.index(['cup']);
    t.check(
      `source_type in ('pnrr', 'pnc', 'fesr', 'fse', 'fsc', 'national', 'regional', 'own', 'private', 'other')`,
      [],
      'action_fundings_source_check',
    );
    t.check(`pnrr_code is null or pnrr_code ~ '^M[0-9]C[0-9]+(I|R)[0-9]+(\\.[0-9]+)*$'`, [], 'action_fundings_pnrr_check');
    t.check(`cup is null or cup ~ '^[A-Z0-9]{15}$'`, [], 'action_fundings_cup_check');
    t.check('amount is null or amount >= 0', [], 'action_fundings_amount_check');
  });

  await knex.schema.createTable('action_territories', (t) => {
    t.integer('action_id').notNullable().references('actions.id').onDelete('CASCADE');
    t.integer('territory_id').notNullable().references('territories.id').onDelete('CASCADE');
    t.primary(['action_id', 'territory_id']);
    t.index(['territory_id']);
  });

  await knex.schema.createTable('planning_tools', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('kind').notNullable();
    t.text('name').notNullable();
    t.text('period');
    t.text('url');
    t.check(`kind in ('dup', 'piao', 'ptgm', 'pums', 'amsvs', 'other')`, [], 'planning_tools_kind_check');
  });

  await knex.schema.createTable('planning_objectives', (t) => {
    t.increments('id');
    t.integer('tool_id').notNullable().references('planning_tools.id').onDelete('CASCADE');
    t.text('code').notNullable();
    t.text('title').notNullable();
    t.integer('parent_id').references('planning_objectives.id');
    t.text('source_url');
    t.unique(['tool_id', 'code'], { useConstraint: true });
  });

  await knex.schema.createTable('action_objectives', (t) => {
    t.integer('action_id').notNullable().references('actions.id').onDelete('CASCADE');
    t.integer('objective_id').notNullable().references('planning_objectives.id').onDelete('CASCADE');
    t.text('note');
    t.primary(['action_id', 'objective_id']);
    t.index(['objective_id']);
  });

  await knex.schema.createTable('indicators', (t) => {
    t.increments('id');
    t.text('code').notNullable().unique();
    t.text('name').notNullable();
    t.text('name_en');
    t.text('definition');
    t.text('unit');
    t.integer('decimals');
    t.text('source').notNullable();
    t.text('source_agency');
    t.text('source_dataset');
    t.text('source_code');
    t.text('source_url');
    t.text('polarity').notNullable().defaultTo('neutral');
    t.text('polarity_note');
    t.text('kind').notNullable().defaultTo('structured');
    t.text('frequency').notNullable().defaultTo('annual');
    t.text('licence');
    t.text('theme');
    t.text('notes');
    timestamps(t, knex);
    t.check(`source in (${INDICATOR_SOURCES.map((s) => `'${s}'`).join(', ')})`, [], 'indicators_source_check');
    t.check(`polarity in ('higher_better', 'lower_better', 'neutral')`, [], 'indicators_polarity_check');
    t.check(`kind in ('structured', 'constructed')`, [], 'indicators_kind_check');
    t.check(
      `frequency in ('annual', 'semiannual', 'quarterly', 'monthly', 'irregular')`,
      [],
      'indicators_frequency_check',
    );
    t.check('decimals is null or (decimals >= 0 and decimals <= 6)', [], 'indicators_decimals_check');
  });

  await knex.schema.createTable('indicator_strategies', (t) => {
    t.integer('indicator_id').notNullable().references('indicators.id').onDelete('CASCADE');
    t.integer('strategy_id').notNullable().references('strategies.id').onDelete('CASCADE');
    t.boolean('demonstration').notNullable().defaultTo(false);
    t.text('rationale');
    t.integer('position').notNullable().defaultTo(0);
    t.primary(['indicator_id', 'strategy_id']);
    t.index(['strategy_id']);
  });

  await knex.schema.createTable('import_batches', (t) => {
    t.increments('id');
    t.text('file_name').notNullable();
    t.text('format').notNullable();
    t.text('checksum').notNullable();
    t.text('source');
    t.text('status').notNullable().defaultTo('committed');
    t.integer('rows_total').notNullable().defaultTo(0);
    t.integer('rows_inserted').notNullable().defaultTo(0);
    t.integer('rows_updated').notNullable().defaultTo(0);
    t.integer('rows_unchanged').notNullable().defaultTo(0);
    t.integer('rows_rejected').notNullable().defaultTo(0);
    t.integer('created_by').references('users.id');
    t.text('created_by_label');
    t.jsonb('options').notNullable().defaultTo('{}');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('rolled_back_at', { useTz: true });
    t.index(['checksum']);
    t.check(`status in ('preview', 'committed', 'rolled_back')`, [], 'import_batches_status_check');
  });

  await knex.schema.createTable('observations', (t) => {
    t.bigIncrements('id');
    t.integer('indicator_id').notNullable().references('indicators.id').onDelete('CASCADE');
    t.integer('territory_id').notNullable().references('territories.id').onDelete('CASCADE');
    t.text('period').notNullable();
    t.date('period_start').notNullable();
    t.decimal('value', 20, 6).notNullable();
    t.boolean('provisional').notNullable().defaultTo(false);
    t.boolean('estimated').notNullable().defaultTo(false);
    t.boolean('break_in_series').notNullable().defaultTo(false);
    t.text('source_flag');
    t.text('note');
    t.text('source_url');
    t.integer('source_row');
    t.integer('import_batch_id').references('import_batches.id');
    // Vintages: a revised value closes the old row (superseded_at) and adds a new current one.
    t.timestamp('recorded_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('superseded_at', { useTz: true });
    t.integer('superseded_by_batch_id').references('import_batches.id');
    t.index(['import_batch_id']);
    t.check(
      `period ~ '^[0-9]{4}(-(Q[1-4]|S[12]|[0-9]{2})){0,1}$'`,
      [],
      'observations_period_check',
    );
  });
  await knex.raw(
    `create unique index observations_current_key on observations (indicator_id, territory_id, period) where superseded_at is null`,
  );
  await knex.raw(
    `create index observations_series_read on observations (indicator_id, territory_id, period_start) include (value) where superseded_at is null`,
  );

  await knex.schema.createTable('targets', (t) => {
    t.increments('id');
    t.integer('indicator_id').notNullable().references('indicators.id').onDelete('CASCADE');
    t.integer('territory_id').notNullable().references('territories.id').onDelete('CASCADE');
    t.integer('plan_id').references('plans.id').onDelete('CASCADE');
    t.text('period').notNullable();
    t.decimal('value', 20, 6).notNullable();
    t.text('description');
    t.text('source_url');
    timestamps(t, knex);
    t.unique(['indicator_id', 'territory_id', 'period', 'plan_id'], { useConstraint: true });
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('user_id').references('users.id');
    t.text('actor').notNullable();
    t.text('action').notNullable();
    t.text('resource_type').notNullable();
    t.text('resource_id');
    t.jsonb('before');
    t.jsonb('after');
    t.text('request_id');
    t.index(['resource_type', 'resource_id']);
    t.index(['user_id', 'occurred_at']);
  });

  // A single counter bumped by every write to what public reads show; response caches
  // compare it to know when to drop what they hold.
  await knex.raw(
    `create table data_version (id integer primary key check (id = 1), version bigint not null, changed_at timestamptz not null default now())`,
  );
  await knex.raw(`insert into data_version (id, version) values (1, 1)`);
  await knex.raw(`
    create function bump_data_version() returns trigger language plpgsql as $$
    begin
      update data_version set version = version + 1, changed_at = now() where id = 1;
      return null;
    end $$`);
  for (const table of DATA_TABLES) {
    await knex.raw(
      `create trigger ${table}_data_version after insert or update or delete or truncate on ${table} for each statement execute function bump_data_version()`,
    );
  }
}

const DATA_TABLES = [
  'territories',
  'territory_memberships',
  'plans',
  'axes',
  'strategies',
  'actions',
  'action_updates',
  'action_fundings',
  'action_territories',
  'indicators',
  'indicator_strategies',
  'observations',
  'targets',
];

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop table if exists data_version');
  for (const table of [
    'audit_log',
    'targets',
    'observations',
    'import_batches',
    'indicator_strategies',
    'indicators',
    'action_objectives',
    'planning_objectives',
    'planning_tools',
    'action_territories',
    'action_fundings',
    'action_updates',
    'action_statuses',
    'action_milestones',
    'action_partners',
    'actions',
    'offices',
    'strategies',
    'axes',
    'plans',
    'territory_memberships',
    'territories',
    'users',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('drop function if exists bump_data_version() cascade');
  await knex.raw('drop function if exists action_updates_append_only() cascade');
}
