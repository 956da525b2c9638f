import type { Knex } from 'knex';

/**
 * Level 2 (stato di attuazione): the default status vocabulary and what the write path needs.
 * Colours come from the Okabe–Ito palette (distinguishable with colour-blindness); the UI always
 * shows the label beside the colour, so colour never carries the meaning alone.
 */
export const DEFAULT_ACTION_STATUSES = [
  { code: 'non_avviata', label_it: 'Non avviata', label_en: 'Not started', rag: 'grey', colour: '#7F7F7F', position: 1, closed: false },
  { code: 'avviata', label_it: 'Avviata', label_en: 'Started', rag: 'green', colour: '#56B4E9', position: 2, closed: false },
  { code: 'in_corso', label_it: 'In corso', label_en: 'In progress', rag: 'green', colour: '#009E73', position: 3, closed: false },
  { code: 'in_ritardo', label_it: 'In ritardo', label_en: 'Delayed', rag: 'amber', colour: '#E69F00', position: 4, closed: false },
  { code: 'completata', label_it: 'Completata', label_en: 'Completed', rag: 'green', colour: '#0072B2', position: 5, closed: true },
  { code: 'sospesa', label_it: 'Sospesa', label_en: 'Suspended', rag: 'red', colour: '#D55E00', position: 6, closed: false },
  { code: 'annullata', label_it: 'Annullata', label_en: 'Cancelled', rag: 'grey', colour: '#000000', position: 7, closed: true },
];

/** Tables the action pages show that had no data_version trigger yet (public caches must see their changes). */
const CACHED_TABLES = ['action_statuses', 'action_milestones', 'action_partners', 'offices'];

export async function up(knex: Knex): Promise<void> {
  await knex('action_statuses').insert(DEFAULT_ACTION_STATUSES).onConflict('code').ignore();
  await knex.raw(`alter table action_statuses add constraint action_statuses_colour_check check (colour ~ '^#[0-9A-Fa-f]{6}$')`);
  await knex.schema.alterTable('action_updates', (t) => {
    // The action's version this update produced: the optimistic-locking token a client sends back.
    t.integer('action_version');
    t.check(`evidence_url is null or evidence_url ~ '^https{0,1}://'`, [], 'action_updates_evidence_url_check');
  });
  for (const table of CACHED_TABLES) {
    await knex.raw(
      `create trigger ${table}_data_version after insert or update or delete or truncate on ${table} for each statement execute function bump_data_version()`,
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of CACHED_TABLES) await knex.raw(`drop trigger if exists ${table}_data_version on ${table}`);
  await knex.schema.alterTable('action_updates', (t) => {
    t.dropChecks(['action_updates_evidence_url_check']);
    t.dropColumn('action_version');
  });
  await knex.raw('alter table action_statuses drop constraint action_statuses_colour_check');
  // Statuses still referenced by an update stay: the history is append-only.
  await knex('action_statuses')
    .whereIn('code', DEFAULT_ACTION_STATUSES.map((s) => s.code))
    .whereNotExists(knex('action_updates').whereRaw('action_updates.status = action_statuses.code'))
    .delete();
}
