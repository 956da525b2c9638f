import type { Knex } from 'knex';

/**
 * Dates on top of `insertActionFixtures` for the overdue tests. Judged on 2025-03-01:
 * 1.1.1 (in corso) missed "Aggiudicazione" (2024-12-31); 1.1.2 (in ritardo) its planned end
 * 2024-10-31; 3.1.1 (never updated) its planned end 2025-01-31. Not overdue: 1.1.3 (completed,
 * end passed), 2.1.1 (cancelled, milestone passed), 2.1.2 (milestone reached).
 */
export async function insertOverdueFixtures(db: Knex, ids: Record<string, number>): Promise<void> {
  const id = (code: string) => ids[code] ?? Number.NaN;
  await db('actions').where({ id: id('1.1.1') }).update({ planned_start: '2024-01-15', planned_end: '2026-06-30' });
  await db('actions').where({ id: id('1.1.2') }).update({ planned_end: '2024-10-31' });
  await db('actions').where({ id: id('1.1.3') }).update({ planned_end: '2024-06-30' });
  await db('actions').where({ id: id('3.1.1') }).update({ planned_end: '2025-01-31' });
  await db('action_milestones').insert([
    { action_id: id('2.1.1'), title: 'Progetto esecutivo', planned_date: '2023-09-30', position: 1 },
    { action_id: id('2.1.2'), title: 'Avvio tavolo di coprogettazione', planned_date: '2024-05-01', actual_date: '2024-05-10', position: 1 },
  ]);
}
