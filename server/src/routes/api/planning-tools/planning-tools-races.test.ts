import type { Response } from 'supertest';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** Requests fired at once. On PGlite (one connection) they run one after the other; on PostgreSQL they race. */
const N = 16;

const statuses = (rs: Response[]) => [...new Set(rs.map((r) => r.status))].sort();

describe('planning tools under concurrent writes', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const post = (path: string, body: object) => admin.agent.post(path).set(admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(path).set(admin.csrf).send(body);
  const times = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));
  const auditOf = (resourceType: string, resourceId: string) => t.db('audit_log').where({ resource_type: resourceType, resource_id: resourceId }).orderBy('id');

  it('creates a tool once when the same tool is created many times at once; the others get 409 naming the code', async () => {
    const rs = await times(N, () => post('/api/planning-tools', { code: 'piao-race', kind: 'piao', name: 'PIAO di prova' }));
    expect(rs.filter((r) => r.status === 201)).toHaveLength(1);
    expect(statuses(rs)).toEqual([201, 409]);
    for (const r of rs.filter((x) => x.status === 409)) {
      expect(problem(r, 409).errors).toEqual([{ name: 'code', message: 'A planning tool "piao-race" already exists' }]);
    }
    expect(await t.db('planning_tools').where({ code: 'piao-race' }).pluck('name')).toEqual(['PIAO di prova']);
    expect(await auditOf('planning_tool', 'piao-race')).toHaveLength(1);
  });

  it('creates an objective once when the same objective is created many times at once', async () => {
    const rs = await times(N, () => post('/api/planning-tools/piao-race/objectives', { code: 'OS-1', title: '=1+1' }));
    expect(rs.filter((r) => r.status === 201)).toHaveLength(1);
    expect(statuses(rs)).toEqual([201, 409]);
    for (const r of rs.filter((x) => x.status === 409)) {
      expect(problem(r, 409).errors).toEqual([{ name: 'code', message: 'An objective of piao-race "OS-1" already exists' }]);
    }
    const tool = await t.db('planning_tools').where({ code: 'piao-race' }).first('id');
    expect(await t.db('planning_objectives').where({ tool_id: tool.id }).pluck('code')).toEqual(['OS-1']);
    expect(await auditOf('planning_objective', 'piao-race/OS-1')).toHaveLength(1);
  });

  it('creates different objectives of one tool at once, every one of them', async () => {
    const rs = await times(6, (i) => post('/api/planning-tools/piao-race/objectives', { code: `OS-${i + 2}`, title: `Obiettivo ${i + 2}`, parent: 'OS-1' }));
    expect(statuses(rs)).toEqual([201]);
    const tool = await t.db('planning_tools').where({ code: 'piao-race' }).first('id');
    expect(await t.db('planning_objectives').where({ tool_id: tool.id }).count({ n: '*' }).first()).toEqual({ n: 7 });
  });

  it('answers identical replacements of an action’s objectives, sent at once, all alike: 200 and the set asked for', async () => {
    const body = { objectives: [{ tool: 'piao-race', objective: 'OS-1', note: 'nota' }, { tool: 'piao-race', objective: 'OS-2' }] };
    const rs = await times(N, () => put('/api/plans/psm-2024-2026/actions/1.1.1/objectives', body));
    expect(statuses(rs)).toEqual([200]);
    const expected = [
      { tool: 'piao-race', objective: 'OS-1', title: '=1+1', note: 'nota' },
      { tool: 'piao-race', objective: 'OS-2', title: 'Obiettivo 2', note: null },
    ];
    for (const r of rs) expect(r.body).toEqual({ plan: 'psm-2024-2026', action: '1.1.1', objectives: expected });
    const stored = await t.db('action_objectives as ao')
      .join('actions as a', 'a.id', 'ao.action_id')
      .join('plans as p', 'p.id', 'a.plan_id')
      .join('planning_objectives as o', 'o.id', 'ao.objective_id')
      .where({ 'p.code': 'psm-2024-2026', 'a.code': '1.1.1' })
      .orderBy('o.code')
      .select('o.code', 'ao.note');
    expect(stored).toEqual([
      { code: 'OS-1', note: 'nota' },
      { code: 'OS-2', note: null },
    ]);
    expect(await auditOf('action_objectives', 'psm-2024-2026/1.1.1')).toHaveLength(N);
  });

  it('keeps one whole set when different sets are sent at once: the last written, never a mix', async () => {
    const sets = Array.from({ length: N }, (_, i) => Array.from({ length: (i % 6) + 1 }, (_, k) => `OS-${((i + k) % 7) + 1}`));
    const rs = await times(N, (i) => put('/api/plans/psm-2024-2026/actions/2.1.1/objectives', { objectives: sets[i]!.map((objective) => ({ tool: 'piao-race', objective })) }));
    expect(statuses(rs)).toEqual([200]);
    const audit = await auditOf('action_objectives', 'psm-2024-2026/2.1.1');
    expect(audit).toHaveLength(N);
    // Each replacement started from the set the one before it left.
    for (let i = 1; i < audit.length; i++) expect(audit[i].before).toEqual(audit[i - 1].after);
    const last = (audit.at(-1).after as { objective: string }[]).map((o) => o.objective).sort();
    expect(sets.map((s) => [...s].sort())).toContainEqual(last);
    const detail = await t.api.get('/api/plans/psm-2024-2026/coherence').expect(200);
    expect(detail.body.actionsWithoutObjective.map((a: { code: string }) => a.code)).not.toContain('2.1.1');
    const action = await t.db('actions as a').join('plans as p', 'p.id', 'a.plan_id').where({ 'p.code': 'psm-2024-2026', 'a.code': '2.1.1' }).first('a.id');
    const stored = await t.db('action_objectives as ao').join('planning_objectives as o', 'o.id', 'ao.objective_id').where('ao.action_id', action.id).pluck('o.code');
    expect(stored.sort()).toEqual(last);
  });

  it('neutralises the formula-looking objective title in the coherence CSV', async () => {
    for (const code of ['1.1.1', '2.1.1']) await put(`/api/plans/psm-2024-2026/actions/${code}/objectives`, { objectives: [] }).expect(200);
    const csv = await t.api.get('/api/plans/psm-2024-2026/coherence?format=csv').expect(200);
    expect(csv.text.split('\r\n')).toContain("psm-2024-2026,objective_without_action,piao-race,OS-1,'=1+1");
  });
});
