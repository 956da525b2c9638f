import { insertActionFixtures } from '../test/action-fixtures';
import { insertOverdueFixtures } from '../test/overdue-fixtures';
import { createTestDb, type TestDb } from '../test/test-db';
import { groupRollup } from './group-rollup';
import { overdueDay, overdueOf } from './overdue';
import { planRollup } from './rollup';

const NOW = '2024-S2';
const DAY = '2025-03-01';

describe('overdue, computed from the dates', () => {
  const open = { open: true, plannedEnd: null, actualEnd: null, milestones: [] };
  const ms = (planned_date: string | null, actual_date: string | null = null) => ({ title: 'Aggiudicazione', planned_date, actual_date });

  it('flags a milestone past its due date, with how long and why', () => {
    expect(overdueOf({ ...open, milestones: [ms('2024-12-31')] }, DAY)).toEqual({
      since: '2024-12-31',
      days: 60,
      reasons: [{ kind: 'milestone', title: 'Aggiudicazione', dueDate: '2024-12-31' }],
    });
  });

  it('flags a planned end passed, counting from the earliest missed date', () => {
    expect(overdueOf({ ...open, plannedEnd: '2024-10-31', milestones: [ms('2024-12-31')] }, DAY)).toMatchObject({
      since: '2024-10-31',
      days: 121,
      reasons: [{ kind: 'milestone' }, { kind: 'plannedEnd', dueDate: '2024-10-31' }],
    });
  });

  it('does not flag a closed action, a reached milestone, an ended action or a date still to come', () => {
    expect(overdueOf({ ...open, open: false, plannedEnd: '2024-10-31', milestones: [ms('2024-12-31')] }, DAY)).toBeNull();
    expect(overdueOf({ ...open, milestones: [ms('2024-12-31', '2025-01-10')] }, DAY)).toBeNull();
    expect(overdueOf({ ...open, plannedEnd: '2024-10-31', actualEnd: '2024-11-15' }, DAY)).toBeNull();
    expect(overdueOf({ ...open, plannedEnd: DAY, milestones: [ms('2025-06-30'), ms(null)] }, DAY)).toBeNull();
    // On a past day, a milestone reached only later was still missed.
    expect(overdueOf({ ...open, milestones: [ms('2024-12-31', '2025-02-15')] }, '2025-02-01')).toMatchObject({ days: 32 });
  });

  it('judges on the day an asOf pins, or today', () => {
    expect(overdueDay('2025-03-02T00:00:00.000Z')).toBe('2025-03-01');
    expect(overdueDay(undefined, new Date('2026-12-02T11:00:00Z'))).toBe('2026-12-02');
  });

  describe('in the roll-ups', () => {
    let t: TestDb;
    let planId: number;
    beforeAll(async () => {
      t = await createTestDb();
      const ids = await insertActionFixtures(t.db);
      await insertOverdueFixtures(t.db, ids);
      planId = (await t.db('plans').where({ code: 'psm-2024-2026' }).first()).id;
    });
    afterAll(() => t.destroy());

    it('counts the overdue actions of the plan, each axis and strategy on a pinned day', async () => {
      const r = await planRollup(t.db, planId, NOW, undefined, DAY);
      expect(r.plan.overdue).toBe(3); // 1.1.1, 1.1.2, 3.1.1
      expect(Object.fromEntries(r.axes.map((a) => [a.code, a.overdue]))).toMatchObject({ '1': 2, '2': 0, '3': 1 });
      expect(r.strategies.find((s) => s.code === '1.1')?.overdue).toBe(2);
      // Before the first missed date nothing is overdue.
      expect((await planRollup(t.db, planId, NOW, undefined, '2024-06-01')).plan.overdue).toBe(0);
    });

    it('groups by zona omogenea: multi-zone actions in each, the rest as not specified', async () => {
      const r = await groupRollup(t.db, { id: planId, code: 'psm-2024-2026' }, 'zona', NOW, undefined, DAY);
      expect(r).toMatchObject({ plan: 'psm-2024-2026', by: 'zona', currentPeriod: NOW, overdueOn: DAY });
      expect(r.groups.map((g) => [g.code, g.name, g.actions, g.overdue, g.amount, g.meanProgress])).toEqual([
        ['ITC11-ZO01', 'Torino', 2, 2, 1002000.5, 30],
        ['ITC11-ZO02', 'Area Metropolitana Torino Ovest', 1, 1, 1002000.5, 40],
        [null, null, 11, 1, 500000, 65], // 1.1.3 (100) and 2.1.2 (30)
      ]);
      expect(r.groups[0]!.byStatus).toMatchObject({ in_corso: 1, in_ritardo: 1, completata: 0 });
      expect(r.groups[2]).toMatchObject({ noUpdate: 8, byStatus: { completata: 1, annullata: 1, sospesa: 1 } });
    });

    it('groups by office and by funding source, amounts of that source only', async () => {
      const offices = await groupRollup(t.db, { id: planId, code: 'psm-2024-2026' }, 'ufficio', NOW, undefined, DAY);
      expect(offices.groups.map((g) => [g.code, g.name, g.actions, g.overdue, g.amount])).toEqual([
        ['UFF-SVI', 'Sviluppo economico', 2, 1, 1002000.5],
        [null, null, 11, 2, 500000],
      ]);
      const fundings = await groupRollup(t.db, { id: planId, code: 'psm-2024-2026' }, 'finanziamento', NOW, undefined, DAY);
      expect(fundings.groups.map((g) => [g.code, g.actions, g.overdue, g.amount])).toEqual([
        ['own', 1, 1, 2000],
        ['pnrr', 2, 1, 1500000.5],
        [null, 11, 2, null],
      ]);
    });
  });
});
