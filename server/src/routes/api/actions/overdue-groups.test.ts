import { overdueDay } from '../../../actions/overdue';
import { insertActionFixtures } from '../../../test/action-fixtures';
import { insertOverdueFixtures } from '../../../test/overdue-fixtures';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const PLAN = '/api/plans/psm-2024-2026';
const daysSince = (date: string) => Math.round((Date.parse(`${overdueDay()}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);

describe('overdue actions and grouped roll-ups over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertOverdueFixtures(t.db, await insertActionFixtures(t.db));
  });
  afterAll(() => t.destroy());

  it('says in the action detail since when, how long and why an action is overdue', async () => {
    const res = await t.api.get(`${PLAN}/actions/1.1.1?period=2024-S2`).expect(200);
    // Today is after both the milestone (2024-12-31) and the planned end (2026-06-30).
    expect(res.body.overdue).toEqual({
      since: '2024-12-31',
      days: daysSince('2024-12-31'),
      reasons: [
        { kind: 'milestone', title: 'Aggiudicazione', dueDate: '2024-12-31' },
        { kind: 'plannedEnd', dueDate: '2026-06-30' },
      ],
    });
    expect((await t.api.get(`${PLAN}/actions/1.1.3`).expect(200)).body.overdue).toBeNull(); // completed
    expect((await t.api.get(`${PLAN}/actions/2.1.2`).expect(200)).body.overdue).toBeNull(); // milestone reached
  });

  it('lists only the overdue actions with overdue=true, and the download follows', async () => {
    const all = await t.api.get(`${PLAN}/actions?period=2024-S2`).expect(200);
    expect(all.body.items).toHaveLength(13);
    const late = await t.api.get(`${PLAN}/actions?period=2024-S2&overdue=true`).expect(200);
    expect(late.body.items.map((a: { code: string }) => a.code)).toEqual(['1.1.1', '1.1.2', '3.1.1']);
    expect(late.body.items[1].overdue).toMatchObject({ since: '2024-10-31', reasons: [{ kind: 'plannedEnd', dueDate: '2024-10-31' }] });
    const csv = await t.api.get(`${PLAN}/actions/download?format=csv&overdue=true&axis=1`).expect(200);
    expect(csv.text.trim().split('\r\n').slice(1).map((r) => r.split(',')[0])).toEqual(['1.1.1', '1.1.2']);
    expect(problem(await t.api.get(`${PLAN}/actions?overdue=yes`), 400).errors).toEqual([{ name: 'overdue', message: 'must be true or false' }]);
    expect(problem(await t.api.get(`${PLAN}/actions/download?format=csv&overdue=1`), 400).errors).toEqual([{ name: 'overdue', message: 'must be true or false' }]);
  });

  it('counts overdue in the roll-up, judged on the asOf day', async () => {
    const now = await t.api.get(`${PLAN}/rollup?period=2024-S2`).expect(200);
    expect(now.body.plan.overdue).toBe(3);
    const past = await t.api.get(`${PLAN}/rollup?period=2024-S2&asOf=2024-11-15`).expect(200);
    expect(past.body.plan.overdue).toBe(1); // only 1.1.2 (end 2024-10-31)
    expect(past.body.axes.find((a: { code: string }) => a.code === '1')).toMatchObject({ overdue: 1 });
    expect(problem(await t.api.get(`${PLAN}/rollup?asOf=2024-02-30`), 400).errors?.[0]).toMatchObject({ name: 'asOf' });
  });

  it('groups by zone with a not-specified group, pinned by asOf', async () => {
    const res = await t.api.get(`${PLAN}/rollup/groups?by=zona&period=2024-S2&asOf=2025-03-01`).expect(200);
    expect(res.body).toMatchObject({ plan: 'psm-2024-2026', by: 'zona', currentPeriod: '2024-S2', overdueOn: '2025-03-01' });
    expect(res.body.groups.map((g: { code: string | null; actions: number; overdue: number; amount: number | null }) => [g.code, g.actions, g.overdue, g.amount])).toEqual([
      ['ITC11-ZO01', 2, 2, 1002000.5],
      ['ITC11-ZO02', 1, 1, 1002000.5],
      [null, 11, 1, 500000],
    ]);
    // Without period, asOf's semester is the current one.
    expect((await t.api.get(`${PLAN}/rollup/groups?by=ufficio&asOf=2025-03-01`).expect(200)).body.currentPeriod).toBe('2025-S1');
  });

  it('downloads a grouped table as CSV', async () => {
    const res = await t.api.get(`${PLAN}/rollup/groups?by=finanziamento&period=2024-S2&asOf=2025-03-01&format=csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('riepilogo_finanziamento_psm-2024-2026.csv');
    const [header, ...rows] = res.text.trim().split('\r\n');
    expect(header).toBe(
      'code,name,actions,status_non_avviata,status_avviata,status_in_corso,status_in_ritardo,status_completata,status_sospesa,status_annullata,no_update,to_update,overdue,with_progress,mean_progress,weighted_mean_progress,amount_eur',
    );
    expect(rows).toEqual(['own,own,1,0,0,1,0,0,0,0,0,0,1,1,40,40,2000', 'pnrr,pnrr,2,0,0,1,0,1,0,0,0,0,1,2,70,64,1500000.5', ',non indicato / not specified,11,0,0,0,1,0,1,1,8,9,2,2,25,23.33,']); // 1.1.2 (20, w 1), 2.1.2 (30, w 0.5)
  });

  it('answers 400 naming the field for a bad grouping and 404 for an unknown plan', async () => {
    expect(problem(await t.api.get(`${PLAN}/rollup/groups?by=comune`), 400).errors).toEqual([{ name: 'by', message: 'must be one of zona, ufficio, finanziamento' }]);
    expect(problem(await t.api.get(`${PLAN}/rollup/groups`), 400).errors?.[0]).toMatchObject({ name: 'by' });
    expect(problem(await t.api.get(`${PLAN}/rollup/groups?by=zona%00`), 400).errors?.[0]).toMatchObject({ name: 'by' });
    await t.api.get('/api/plans/psm-1999/rollup/groups?by=zona').expect(404);
  });
});
