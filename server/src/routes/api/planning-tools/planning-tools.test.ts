import type { Knex } from 'knex';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { tableCounts } from '../../../test/test-db';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** Every table a planning-tool write touches, with the usual ones. */
async function counts(db: Knex) {
  const out: Record<string, number> = await tableCounts(db);
  for (const t of ['planning_tools', 'planning_objectives', 'action_objectives']) {
    out[t] = Number(((await db(t).count({ n: '*' }).first()) as { n: number }).n);
  }
  return out;
}


// The seed holds no planning tool (no verified objectives to load): the tests build their own fixtures.
describe('planning tools API', () => {
  let t: TestApp;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const post = (path: string, body: object) => admin.agent.post(path).set(admin.csrf).send(body);
  const patch = (path: string, body: object) => admin.agent.patch(path).set(admin.csrf).send(body);
  const put = (path: string, body: object) => admin.agent.put(path).set(admin.csrf).send(body);

  it('reads publicly: an empty list, 404 for an unknown tool, coherence of a plan with no links', async () => {
    const list = await t.api.get('/api/planning-tools').expect(200);
    expect(list.body).toEqual({ items: [] });
    expect(list.headers['cache-control']).toMatch(/^public/);
    await t.api.get('/api/planning-tools/pums-x').expect(404);
    const c = await t.api.get('/api/plans/psm-2024-2026/coherence').expect(200);
    expect(c.body.counts).toEqual({ actions: 13, actionsWithoutObjective: 13, objectives: 0, objectivesWithoutAction: 0 });
    await t.api.get('/api/plans/psm-1999-2001/coherence').expect(404);
  });

  it('lets an admin build a PUMS with an objective tree, link actions and see the coherence', async () => {
    const created = await post('/api/planning-tools', { code: 'pums-test', kind: 'pums', name: 'PUMS di prova', period: '2022-2030', url: 'https://example.org/pums' }).expect(201);
    expect(created.headers.location).toBe('/api/planning-tools/pums-test');
    for (const [code, parent] of [['1', null], ['1.1', '1'], ['1.10', '1'], ['1.2', '1'], ['2', null]] as const) {
      await post('/api/planning-tools/pums-test/objectives', { code, title: `Obiettivo di prova ${code}`, parent }).expect(201);
    }
    await post('/api/planning-tools', { code: 'dup-test', kind: 'dup', name: 'DUP di prova' }).expect(201);
    await post('/api/planning-tools/dup-test/objectives', { code: 'OS-1', title: 'Obiettivo strategico di prova' }).expect(201);

    const linked = await put('/api/plans/psm-2024-2026/actions/1.1.1/objectives', {
      objectives: [{ tool: 'pums-test', objective: '1.1', note: 'collegamento di prova' }],
    }).expect(200);
    expect(linked.body).toEqual({
      plan: 'psm-2024-2026',
      action: '1.1.1',
      objectives: [{ tool: 'pums-test', objective: '1.1', title: 'Obiettivo di prova 1.1', note: 'collegamento di prova' }],
    });
    await put('/api/plans/psm-2024-2026/actions/2.1.1/objectives', {
      objectives: [{ tool: 'pums-test', objective: '1.1' }, { tool: 'dup-test', objective: 'OS-1' }],
    }).expect(200);

    const tool = await t.api.get('/api/planning-tools/pums-test').expect(200);
    expect(tool.body).toMatchObject({ code: 'pums-test', kind: 'pums', period: '2022-2030', objectiveCount: 5 });
    expect(tool.body.objectives.map((o: { code: string }) => o.code)).toEqual(['1', '2']);
    const one = tool.body.objectives[0];
    expect(one.children.map((o: { code: string }) => o.code)).toEqual(['1.1', '1.2', '1.10']);
    expect(one.children[0].actions).toEqual([
      { plan: 'psm-2024-2026', code: '1.1.1', title: expect.any(String), note: 'collegamento di prova' },
      { plan: 'psm-2024-2026', code: '2.1.1', title: expect.any(String), note: null },
    ]);

    const list = await t.api.get('/api/planning-tools').expect(200);
    expect(
      list.body.items.map((i: { code: string; objectiveCount: number; linkedObjectiveCount: number; linkCount: number }) => [i.code, i.objectiveCount, i.linkedObjectiveCount, i.linkCount]),
    ).toEqual([
      ['dup-test', 1, 1, 1],
      ['pums-test', 5, 1, 2],
    ]);

    // Hand count from the database: the plan's actions less the two linked ones.
    const plan = await t.db('plans').where({ code: 'psm-2024-2026' }).first();
    const allActions: { code: string }[] = await t.db('actions').where({ plan_id: plan.id }).select('code');
    const expectedUnlinked = allActions.map((a) => a.code).filter((c) => !['1.1.1', '2.1.1'].includes(c));
    const c = await t.api.get('/api/plans/psm-2024-2026/coherence').expect(200);
    expect(c.body.counts).toEqual({ actions: allActions.length, actionsWithoutObjective: expectedUnlinked.length, objectives: 6, objectivesWithoutAction: 4 });
    expect(c.body.actionsWithoutObjective.map((a: { code: string }) => a.code).sort()).toEqual(expectedUnlinked.sort());
    expect(c.body.objectivesWithoutAction.map((o: { tool: string; code: string }) => `${o.tool} ${o.code}`)).toEqual([
      'pums-test 1',
      'pums-test 1.2',
      'pums-test 1.10',
      'pums-test 2',
    ]);
    // The other edition links nothing: every objective is unserved there.
    const other = await t.api.get('/api/plans/psm-2021-2023/coherence').expect(200);
    expect(other.body.counts.objectivesWithoutAction).toBe(6);

    const csv = await t.api.get('/api/plans/psm-2024-2026/coherence?format=csv').expect(200).expect('Content-Type', /text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('plan,issue,tool,code,title');
    expect(lines).toHaveLength(1 + expectedUnlinked.length + 4);
    expect(lines).toContain('psm-2024-2026,objective_without_action,pums-test,1.2,Obiettivo di prova 1.2');

    // Replacing with an empty set removes the links.
    await put('/api/plans/psm-2024-2026/actions/2.1.1/objectives', { objectives: [] }).expect(200);
    expect(await t.db('action_objectives').count({ n: '*' }).first()).toEqual({ n: 1 });
  });

  it('records every write in the audit log with before and after', async () => {
    const rows = await t.db('audit_log').whereIn('resource_type', ['planning_tool', 'planning_objective', 'action_objectives']).orderBy('id');
    expect(rows.map((r) => `${r.action} ${r.resource_type} ${r.resource_id}`)).toEqual([
      'create planning_tool pums-test',
      'create planning_objective pums-test/1',
      'create planning_objective pums-test/1.1',
      'create planning_objective pums-test/1.10',
      'create planning_objective pums-test/1.2',
      'create planning_objective pums-test/2',
      'create planning_tool dup-test',
      'create planning_objective dup-test/OS-1',
      'update action_objectives psm-2024-2026/1.1.1',
      'update action_objectives psm-2024-2026/2.1.1',
      'update action_objectives psm-2024-2026/2.1.1',
    ]);
    const last = rows.at(-1);
    expect(last.user_id).toBe(admin.account.id);
    expect(last.before).toHaveLength(2);
    expect(last.after).toEqual([]);
  });

  it('refuses bad input with 400 naming the field and writes nothing', async () => {
    const before = await counts(t.db);
    const cases: [() => ReturnType<typeof post>, string][] = [
      [() => post('/api/planning-tools', { code: 'x-1', kind: 'piano', name: 'X' }), 'kind'],
      [() => post('/api/planning-tools', { code: 'x-1', kind: 'pums', name: 'X', url: 'ftp://example.org/x' }), 'url'],
      [() => post('/api/planning-tools', { code: 'X 1', kind: 'pums', name: 'X' }), 'code'],
      [() => post('/api/planning-tools/pums-test/objectives', { code: '3', title: 'X', parent: 'OS-1' }), 'parent'],
      [() => post('/api/planning-tools/pums-test/objectives', { code: '3', title: 'X', sourceUrl: 'javascript:alert(1)' }), 'sourceUrl'],
      [() => patch('/api/planning-tools/pums-test/objectives/1', { parent: '1.1' }), 'parent'],
      [() => patch('/api/planning-tools/pums-test/objectives/1', { parent: '1' }), 'parent'],
      [
        () =>
          put('/api/plans/psm-2024-2026/actions/1.1.1/objectives', {
            objectives: [{ tool: 'pums-test', objective: '1' }, { tool: 'dup-test', objective: 'OS-1' }, { tool: 'pums-test', objective: '9.9' }],
          }),
        'objectives.2.objective',
      ],
      [() => put('/api/plans/psm-2024-2026/actions/1.1.1/objectives', { objectives: [{ tool: 'ptgm-none', objective: '1' }] }), 'objectives.0.tool'],
      [() => admin.agent.delete('/api/planning-tools/pums-test/objectives/1').set(admin.csrf), 'objCode'],
    ];
    for (const [call, name] of cases) {
      expect(problem(await call(), 400).errors!.map((e) => e.name)).toContain(name);
    }
    // A code already taken is a conflict with what is stored (409), naming the field, as e-mails and targets are.
    const taken: [() => ReturnType<typeof post>, string][] = [
      [() => post('/api/planning-tools', { code: 'pums-test', kind: 'pums', name: 'X' }), 'A planning tool "pums-test" already exists'],
      [() => post('/api/planning-tools/pums-test/objectives', { code: '1.1', title: 'X' }), 'An objective of pums-test "1.1" already exists'],
      [() => patch('/api/planning-tools/pums-test', { code: 'dup-test' }), 'A planning tool "dup-test" already exists'],
      [() => patch('/api/planning-tools/pums-test/objectives/1.2', { code: '1.10' }), 'An objective of pums-test "1.10" already exists'],
    ];
    for (const [call, message] of taken) {
      expect(problem(await call(), 409).errors).toEqual([{ name: 'code', message }]);
    }
    await put('/api/plans/psm-2024-2026/actions/9.9.9/objectives', { objectives: [] }).expect(404);
    expect(await counts(t.db)).toEqual(before);
  });

  it('forbids writes to other roles and to callers without a session', async () => {
    const analyst = await loginAs(t, 'analyst');
    const res = await analyst.agent.post('/api/planning-tools').set(analyst.csrf).send({ code: 'ptgm-x', kind: 'ptgm', name: 'X' });
    expect(res.status).toBe(403);
    await t.api.put('/api/plans/psm-2024-2026/actions/1.1.1/objectives').send({ objectives: [] }).expect(401);
  });

  it('updates and deletes objectives and tools', async () => {
    const moved = await patch('/api/planning-tools/pums-test/objectives/1.10', { parent: '2', title: 'Obiettivo spostato' }).expect(200);
    expect(moved.body).toEqual({ tool: 'pums-test', code: '1.10', title: 'Obiettivo spostato', parent: '2', sourceUrl: null });
    await patch('/api/planning-tools/pums-test', { name: 'PUMS rinominato', url: null }).expect(200);
    await admin.agent.delete('/api/planning-tools/pums-test/objectives/1.1').set(admin.csrf).expect(200);
    // The link of 1.1.1 to pums-test 1.1 went with it.
    expect((await t.api.get('/api/plans/psm-2024-2026/coherence').expect(200)).body.counts.actionsWithoutObjective).toBe(13);
    await admin.agent.delete('/api/planning-tools/pums-test').set(admin.csrf).expect(200);
    expect(await t.db('planning_objectives').pluck('code')).toEqual(['OS-1']);
    const audit = await t.db('audit_log').where({ resource_type: 'planning_tool', action: 'delete' }).first();
    expect(audit.before.objectives.map((o: { code: string }) => o.code)).toEqual(['1', '2']);
  });
});
