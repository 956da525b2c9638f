import { createTestDb, type TestDb } from '../test/test-db';

const TABLES = [
  'plans', 'axes', 'strategies', 'actions', 'territories', 'territory_memberships', 'indicators',
  'indicator_strategies', 'observations', 'targets', 'import_batches', 'action_updates', 'action_fundings',
  'action_territories', 'action_statuses', 'action_milestones', 'action_partners', 'offices', 'planning_tools',
  'planning_objectives', 'action_objectives', 'users', 'audit_log', 'data_version', 'sessions', 'login_failures', 'app_processes', 'reports',
  'reporting_rounds', 'mail_jobs', 'mail_sends', 'import_recipes',
];

async function existingTables(t: TestDb): Promise<string[]> {
  const { rows } = await t.db.raw(`select table_name from information_schema.tables where table_schema = current_schema() and table_name not like 'knex%' order by 1`);
  return rows.map((r: { table_name: string }) => r.table_name);
}

describe('migrations', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrate: false });
  });
  afterAll(() => t.destroy());

  it('go up, down and up again, leaving every table of the data model', async () => {
    await t.db.migrate.latest();
    expect(await existingTables(t)).toEqual([...TABLES].sort());
    await t.db.migrate.rollback(undefined, true);
    expect(await existingTables(t)).toEqual([]);
    await t.db.migrate.latest();
    expect(await existingTables(t)).toEqual([...TABLES].sort());
  });

  it('enforces the constraints of the model', async () => {
    const [plan] = await t.db('plans').insert({ code: 'p', title: 'P' }).returning('id');
    await expect(t.db('axes').insert({ plan_id: plan.id, code: '1.2', title: 'x' })).rejects.toThrow(/axes_code_check/);
    const [axis] = await t.db('axes').insert({ plan_id: plan.id, code: '1', title: 'A' }).returning('id');
    await expect(t.db('axes').insert({ plan_id: plan.id, code: '1', title: 'B' })).rejects.toThrow(/unique/i);
    await expect(t.db('strategies').insert({ plan_id: plan.id, axis_id: 999, code: '1.1', title: 'S' })).rejects.toThrow(/foreign key/i);
    const [s] = await t.db('strategies').insert({ plan_id: plan.id, axis_id: axis.id, code: '1.1', title: 'S' }).returning('id');
    const [a] = await t.db('actions').insert({ plan_id: plan.id, strategy_id: s.id, code: '1.1.1', title: 'A' }).returning('id');
    // 'avviata' is one of the default statuses the migrations insert.
    await expect(
      t.db('action_updates').insert({ action_id: a.id, status: 'avviata', progress: 140, reporting_period: '2023-S2' }),
    ).rejects.toThrow(/action_updates_progress_check/);
    const [u] = await t.db('action_updates').insert({ action_id: a.id, status: 'avviata', progress: 10, reporting_period: '2023-S2' }).returning('id');
    await expect(t.db('action_updates').where({ id: u.id }).update({ progress: 20 })).rejects.toThrow(/append-only/);
    await expect(t.db('action_fundings').insert({ action_id: a.id, source_type: 'pnrr', pnrr_code: 'M5C2I2.2', cup: 'bad' })).rejects.toThrow(/cup_check/);
    await t.db('action_fundings').insert({ action_id: a.id, source_type: 'pnrr', pnrr_code: 'M5C2I2.2', cup: 'J11B21004470001' });
    const [ind] = await t.db('indicators').insert({ code: 'X', name: 'X', source: 'other' }).returning('id');
    const [ter] = await t.db('territories').insert({ code: 'T', name: 'T', level: 'stato' }).returning('id');
    const target = { indicator_id: ind.id, territory_id: ter.id, period: '2030', value: 1, source_url: 'https://example.org/t' };
    await expect(t.db('targets').insert({ ...target, source_url: null })).rejects.toThrow(/not-null|null value/i);
    await expect(t.db('targets').insert({ ...target, source_url: 'ftp://example.org/t' })).rejects.toThrow(/targets_source_url_check/);
    await expect(t.db('targets').insert({ ...target, period: '2030-13' })).rejects.toThrow(/targets_period_check/);
    await t.db('targets').insert(target);
    // One target per indicator, territory, period and plan, also without a plan.
    await expect(t.db('targets').insert(target)).rejects.toThrow(/targets_scope_unique/);
    await t.db('targets').insert({ ...target, plan_id: plan.id });
  });
});
