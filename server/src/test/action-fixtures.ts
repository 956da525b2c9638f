import type { Knex } from 'knex';

/**
 * Hand-made action-monitoring (level 2) fixtures on seeded actions of psm-2024-2026 (the seed has no status updates).
 * With current period 2024-S2 the expected figures are worked out in the tests beside them.
 */
export async function insertActionFixtures(db: Knex): Promise<Record<string, number>> {
  const plan = await db('plans').where({ code: 'psm-2024-2026' }).first();
  const ids: Record<string, number> = Object.fromEntries(
    (await db('actions').where({ plan_id: plan.id }).select('id', 'code')).map((a: { id: number; code: string }) => [a.code, a.id]),
  );
  const id = (code: string): number => {
    const found = ids[code];
    if (found === undefined) throw new Error(`No action ${code} in psm-2024-2026`);
    return found;
  };
  const update = (code: string, status: string, progress: number | null, period: string, at: string, extra: object = {}) => ({
    action_id: id(code),
    status,
    progress,
    reporting_period: period,
    created_at: at,
    ...extra,
  });
  await db('action_updates').insert([
    update('1.1.1', 'avviata', 10, '2024-S1', '2024-03-01T10:00:00Z'),
    update('1.1.1', 'in_corso', 40, '2024-S2', '2024-09-01T10:00:00Z', {
      comment: 'Bando pubblicato',
      evidence_type: 'Decreto del Sindaco metropolitano',
      evidence_number: '123/2024',
      evidence_date: '2024-08-30',
      evidence_url: 'https://example.org/atti/123-2024',
    }),
    update('1.1.2', 'in_ritardo', 20, '2024-S1', '2024-04-01T10:00:00Z'),
    update('1.1.3', 'completata', 100, '2024-Q3', '2024-08-01T10:00:00Z'),
    update('2.1.1', 'annullata', null, '2023-S2', '2023-11-01T10:00:00Z'),
    update('2.1.2', 'sospesa', 30, '2024', '2024-10-01T10:00:00Z'),
  ]);
  await db('actions').where({ id: id('1.1.1') }).update({ weight: 3 });
  await db('actions').where({ id: id('1.1.3') }).update({ weight: 2 });
  await db('actions').where({ id: id('2.1.2') }).update({ weight: 0.5 });
  const [office] = await db('offices').insert({ code: 'UFF-SVI', name: 'Sviluppo economico' }).returning('id');
  await db('actions').whereIn('id', [id('1.1.1'), id('2.1.2')]).update({ office_id: office.id, body_role: 'lead' });
  const zone = async (code: string) => (await db('territories').where({ code }).first()).id as number;
  await db('action_territories').insert([
    { action_id: id('1.1.1'), territory_id: await zone('ITC11-ZO01') },
    { action_id: id('1.1.1'), territory_id: await zone('ITC11-ZO02') },
    { action_id: id('1.1.2'), territory_id: await zone('ITC11-ZO01') },
  ]);
  await db('action_fundings').insert([
    { action_id: id('1.1.1'), source_type: 'pnrr', pnrr_code: 'M5C2I2.2', cup: 'J11B21004470001', amount: 1000000.5 },
    { action_id: id('1.1.1'), source_type: 'own', amount: 2000 },
    { action_id: id('1.1.3'), source_type: 'pnrr', amount: 500000 },
  ]);
  await db('action_milestones').insert({ action_id: id('1.1.1'), title: 'Aggiudicazione', planned_date: '2024-12-31', position: 1 });
  await db('action_partners').insert({ action_id: id('1.1.1'), name: 'Regione Piemonte', role: 'cofinanziatore' });
  return ids;
}
