import { ConflictError, InvalidParamsError } from '../errors/errors';
import { insertActionFixtures } from '../test/action-fixtures';
import { createTestDb, tableCounts, type TestDb } from '../test/test-db';
import { actionStates } from './state';
import { currentSemester, periodsOverlap } from './periods';
import { recordUpdate } from './record-update';
import { planRollup } from './rollup';

const NOW = '2024-S2';

describe('level 2: current status, roll-ups and the write service', () => {
  let t: TestDb;
  let ids: Record<string, number>;
  let planId: number;
  const id = (code: string): number => ids[code] ?? Number.NaN;
  beforeAll(async () => {
    t = await createTestDb();
    ids = await insertActionFixtures(t.db);
    planId = (await t.db('plans').where({ code: 'psm-2024-2026' }).first()).id;
  });
  afterAll(() => t.destroy());

  it('has the default vocabulary', async () => {
    const rows = await t.db('action_statuses').orderBy('position');
    expect(rows.map((s) => s.code)).toEqual(['non_avviata', 'avviata', 'in_corso', 'in_ritardo', 'completata', 'sospesa', 'annullata']);
    expect(rows.filter((s) => s.closed).map((s) => s.code)).toEqual(['completata', 'annullata']);
  });

  it('reads periods', () => {
    expect(currentSemester(new Date(2024, 6, 1))).toBe('2024-S2');
    expect(currentSemester(new Date(2024, 5, 30))).toBe('2024-S1');
    expect(periodsOverlap('2024-Q3', '2024-S2')).toBe(true);
    expect(periodsOverlap('2024', '2024-S2')).toBe(true);
    expect(periodsOverlap('2024-06', '2024-S2')).toBe(false);
  });

  it('takes the latest update as current and flags "da aggiornare"', async () => {
    const states = await actionStates(t.db, (q) => q.where('a.plan_id', planId), NOW);
    const s = (code: string) => states.get(id(code));
    expect(s('1.1.1')).toMatchObject({ status: { code: 'in_corso', rag: 'green' }, progress: 40, reportingPeriod: '2024-S2', toUpdate: false });
    expect(s('1.1.2')).toMatchObject({ status: { code: 'in_ritardo' }, progress: 20, toUpdate: true }); // only 2024-S1
    expect(s('1.1.3')).toMatchObject({ status: { code: 'completata' }, toUpdate: false }); // 2024-Q3 is in 2024-S2
    expect(s('2.1.1')).toMatchObject({ status: { code: 'annullata' }, progress: null, toUpdate: false }); // closed
    expect(s('2.1.2')).toMatchObject({ status: { code: 'sospesa' }, toUpdate: false }); // yearly 2024
    expect(s('3.1.1')).toBeUndefined(); // never updated
    // One semester on, every open action needs an update.
    const later = await actionStates(t.db, (q) => q.where('a.plan_id', planId), '2025-S1');
    expect([...later.values()].filter((x) => x.toUpdate).length).toBe(3);
  });

  it('rolls up as computed by hand', async () => {
    const r = await planRollup(t.db, planId, NOW, undefined, '2025-03-01');
    // 13 actions: 5 updated, 8 never; "da aggiornare" = 8 + 1.1.2.
    // Progress known for 1.1.1 (40, w 3), 1.1.2 (20, w 1), 1.1.3 (100, w 2), 2.1.2 (30, w 0.5):
    // mean 190 / 4 = 47.5; weighted (120 + 20 + 200 + 15) / 6.5 = 54.615… → 54.62.
    expect(r.plan).toEqual({
      actions: 13,
      byStatus: { non_avviata: 0, avviata: 0, in_corso: 1, in_ritardo: 1, completata: 1, sospesa: 1, annullata: 1 },
      noUpdate: 8,
      toUpdate: 9,
      withProgress: 4,
      meanProgress: 47.5,
      weightedMeanProgress: 54.62,
      overdue: 1, // 1.1.1 missed its milestone of 2024-12-31
    });
    const axis1 = r.axes.find((a) => a.code === '1')!;
    // 160 / 3 = 53.33; (120 + 20 + 200) / 6 = 56.67.
    expect(axis1).toMatchObject({ actions: 3, toUpdate: 1, noUpdate: 0, meanProgress: 53.33, weightedMeanProgress: 56.67 });
    expect(r.strategies.find((s) => s.code === '1.1')).toMatchObject({ axis: '1', actions: 3, meanProgress: 53.33 });
    expect(r.axes.find((a) => a.code === '2')).toMatchObject({ actions: 2, withProgress: 1, meanProgress: 30, weightedMeanProgress: 30, toUpdate: 0 });
    expect(r.axes.find((a) => a.code === '3')).toMatchObject({ actions: 2, noUpdate: 2, toUpdate: 2, meanProgress: null, weightedMeanProgress: null });
    // ZO01: 1.1.1 and 1.1.2 → 30 and (120 + 20) / 4 = 35; ZO02: 1.1.1 alone.
    expect(r.zones.map((z) => [z.code, z.actions, z.meanProgress, z.weightedMeanProgress])).toEqual([
      ['ITC11-ZO01', 2, 30, 35],
      ['ITC11-ZO02', 1, 40, 40],
    ]);
    // Office: 1.1.1 and 2.1.2 → 35 and (120 + 15) / 3.5 = 38.571… → 38.57.
    expect(r.offices).toEqual([expect.objectContaining({ code: 'UFF-SVI', actions: 2, meanProgress: 35, weightedMeanProgress: 38.57 })]);
    // PNRR: 1.1.1 and 1.1.3 → 70 and (120 + 200) / 5 = 64; amounts 1,000,000.50 + 500,000.
    expect(r.fundings.map((f) => [f.sourceType, f.actions, f.amount, f.meanProgress, f.weightedMeanProgress])).toEqual([
      ['own', 1, 2000, 40, 40],
      ['pnrr', 2, 1500000.5, 70, 64],
    ]);
  });

  it('keeps the history append-only', async () => {
    await expect(t.db('action_updates').where({ action_id: id('1.1.1') }).update({ progress: 99 })).rejects.toThrow(/append-only/);
    await expect(t.db('action_updates').where({ action_id: id('1.1.1') }).delete()).rejects.toThrow(/append-only/);
    expect(await t.db('action_updates').where({ action_id: id('1.1.1') }).orderBy('id').pluck('progress')).toEqual([10, 40]);
  });

  describe('recordUpdate', () => {
    const author = { userId: null, actor: 'test' };
    const counts = async () => ({
      tables: await tableCounts(t.db),
      audit: Number((await t.db('audit_log').count({ n: '*' }).first())!.n),
      updates: Number((await t.db('action_updates').count({ n: '*' }).first())!.n),
      version: (await t.db('actions').where({ id: id('6.1.1') }).first()).version as number,
      dates: await t.db('actions').where({ id: id('6.1.1') }).first('planned_start', 'planned_end'),
    });
    const valid = { status: 'in_corso', progress: 25, reportingPeriod: '2024-S2' };

    it('appends an update, bumps the version and writes the audit log', async () => {
      const before = await counts();
      const r = await recordUpdate(t.db, id('6.1.1'), { ...valid, evidence: { type: 'Determina', number: '7', date: '2024-09-02', url: 'https://example.org/d/7' }, dates: { plannedStart: '2024-01-01', plannedEnd: '2026-12-31' } }, 1, author);
      expect(r.version).toBe(2);
      const after = await counts();
      expect(after.updates).toBe(before.updates + 1);
      expect(after.audit).toBe(before.audit + 2);
      expect(after.dates).toEqual({ planned_start: '2024-01-01', planned_end: '2026-12-31' });
      const row = await t.db('action_updates').where({ id: r.updateId }).first();
      expect(row).toMatchObject({ status: 'in_corso', progress: 25, evidence_url: 'https://example.org/d/7', action_version: 2 });
      const audit = await t.db('audit_log').where({ resource_type: 'action_update', resource_id: String(r.updateId) }).first();
      expect(audit).toMatchObject({ actor: 'test', action: 'create' });
    });

    it.each([
      ['status', { ...valid, status: 'finita' }],
      ['progress', { ...valid, progress: 140 }],
      ['reportingPeriod', { ...valid, reportingPeriod: '2024-S3' }],
      ['evidence.url', { ...valid, evidence: { type: 'Decreto', url: 'ftp://example.org/x' } }],
      ['evidence.url', { ...valid, evidence: { type: 'Decreto', url: 'not a url' } }],
      ['evidence.date', { ...valid, evidence: { type: 'Decreto', date: '2024-02-30' } }],
      ['dates.plannedEnd', { ...valid, dates: { plannedEnd: '2023-12-31' } }], // before the stored plannedStart 2024-01-01
      ['dates.actualEnd', { ...valid, dates: { actualStart: '2024-05-01', actualEnd: '2024-04-30' } }],
      ['bogus', { ...valid, bogus: 1 }],
    ])('rejects a bad %s and writes nothing', async (field, input) => {
      const before = await counts();
      const err = await recordUpdate(t.db, id('6.1.1'), input, before.version, author).catch((e) => e);
      expect(err).toBeInstanceOf(InvalidParamsError);
      expect(err.status).toBe(400);
      expect(err.issues.map((i: { name: string }) => i.name)).toContain(field === 'bogus' ? 'body' : field);
      expect(await counts()).toEqual(before);
    });

    it('answers 409 with the current version and status to a stale save, writing nothing', async () => {
      const before = await counts();
      // Two managers loaded version `before.version`; the first saves.
      await recordUpdate(t.db, id('6.1.1'), { ...valid, progress: 30 }, before.version, author);
      const mid = await counts();
      const err = await recordUpdate(t.db, id('6.1.1'), { ...valid, progress: 35 }, before.version, author).catch((e) => e);
      expect(err).toBeInstanceOf(ConflictError);
      expect(err.status).toBe(409);
      expect(err.extensions).toMatchObject({ currentVersion: before.version + 1, currentStatus: { status: { code: 'in_corso' }, progress: 30 } });
      expect(await counts()).toEqual(mid);
    });
  });
});
