import type { Response } from 'supertest';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

const IND = '/api/indicators/BES_10AMB001P';
/** The fields a 400 problem+json answer names. */
const names = (res: Response) => problem(res, 400).errors!.map((e) => e.name);
const target = { territory: 'ITC11', period: '2030', value: 20, description: 'Valore guida OMS per il PM10', sourceUrl: 'https://example.org/obiettivi/pm10' };

/** An analyst keeps the indicator's metadata and targets; the public reads them at once; the admin audits. */
describe('indicator writes (analysts): metadata and targets', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp({ cacheRevalidateMs: 600_000 });
    analyst = await loginAs(t, 'analyst');
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const patch = (body: object) => analyst.agent.patch(IND).set(analyst.csrf).send(body);
  const post = (body: object, path = `${IND}/targets`) => analyst.agent.post(path).set(analyst.csrf).send(body);

  it('changes only the fields sent, returns the detail, and the public read (cached) shows it', async () => {
    const before = (await t.api.get(IND).expect(200)).body;
    expect(before).toMatchObject({ unit: 'µg/m³', polarity: 'lower_better', decimals: 0, theme: expect.any(String) });
    const res = await patch({ decimals: 1, polarityNote: 'Meno particolato è meglio per la salute', theme: null }).expect(200);
    expect(res.body).toMatchObject({ code: 'BES_10AMB001P', name: before.name, unit: 'µg/m³', decimals: 1, polarityNote: 'Meno particolato è meglio per la salute', theme: null });
    expect(res.body.coverage).toEqual(before.coverage);
    const row = await t.db('indicators').where({ code: 'BES_10AMB001P' }).first();
    expect(row).toMatchObject({ decimals: 1, polarity_note: 'Meno particolato è meglio per la salute', theme: null, name: before.name, source: 'bes' });
    expect((await t.api.get(IND).expect(200)).body).toMatchObject({ decimals: 1, theme: null });
  });

  it('answers 400 naming the field for bad values, unknown fields and an empty body, writing nothing', async () => {
    const counts = await tableCounts(t.db);
    const row = await t.db('indicators').where({ code: 'BES_10AMB001P' }).first();
    expect(names(await patch({ decimals: 7 }))).toEqual(['decimals']);
    expect(names(await patch({ decimals: 1.5 }))).toEqual(['decimals']);
    expect(names(await patch({ polarity: 'up' }))).toEqual(['polarity']);
    expect(names(await patch({ frequency: 'weekly' }))).toEqual(['frequency']);
    expect(names(await patch({ sourceUrl: 'ftp://istat.it/x' }))).toEqual(['sourceUrl']);
    expect(names(await patch({ name: '  ' }))).toEqual(['name']);
    expect(problem(await patch({ unit: 'km', code: 'NEW', kind: 'constructed' }), 400).errors).toEqual([
      { name: 'code', message: 'is not a known field' },
      { name: 'kind', message: 'is not a known field' },
    ]);
    expect(problem(await patch({}), 400).errors).toEqual([{ name: 'body', message: 'send at least one field to change' }]);
    expect(await tableCounts(t.db)).toEqual(counts);
    expect(await t.db('indicators').where({ code: 'BES_10AMB001P' }).first()).toEqual(row);
    await analyst.agent.patch('/api/indicators/NOPE').set(analyst.csrf).send({ unit: 'x' }).expect(404);
  });

  it('adds a sourced target that the indicator detail shows, and refuses a duplicate with 409', async () => {
    const res = await post(target).expect(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      territory: { code: 'ITC11', name: 'Città metropolitana di Torino' },
      plan: null,
      period: '2030',
      value: 20,
      description: 'Valore guida OMS per il PM10',
      sourceUrl: 'https://example.org/obiettivi/pm10',
      // 43 (2015) → 35 (2023) is −2.5 %/year; 20 by 2030 needs −5.0 %/year: ratio 0.51.
      progress: expect.objectContaining({ status: 'insufficient', baseYear: 2015, latestYear: 2023, targetYear: 2030, targetValue: 20 }),
    });
    const row = await t.db('targets').where({ id: res.body.id }).first();
    expect(row).toMatchObject({ period: '2030', plan_id: null, source_url: 'https://example.org/obiettivi/pm10' });
    expect(Number(row.value)).toBe(20);
    const withPlan = await post({ ...target, plan: 'psm-2024-2026', period: '2026-S2', value: 25.5, description: null }).expect(201);
    expect(withPlan.body).toMatchObject({ plan: 'psm-2024-2026', period: '2026-S2', value: 25.5, description: null });

    const detail = (await t.api.get(IND).expect(200)).body;
    expect(detail.targets.map((x: { plan: string | null; period: string }) => `${x.plan} ${x.period}`)).toEqual(['null 2030', 'psm-2024-2026 2026-S2']);

    const counts = await tableCounts(t.db);
    const dup = problem(await post({ ...target, value: 18 }), 409);
    expect(dup).toMatchObject({ type: '/api/docs#problem-conflict', existing: res.body.id });
    expect(dup.detail).toContain('BES_10AMB001P, ITC11, 2030, no plan');
    await post({ ...target, plan: 'psm-2024-2026', period: '2026-S2' }).expect(409);
    expect(await tableCounts(t.db)).toEqual(counts);
  });

  it('answers 400 naming the field for an unknown territory or plan, a bad period or an unsourced target, writing nothing', async () => {
    const counts = await tableCounts(t.db);
    expect(problem(await post({ ...target, territory: 'XX9', plan: 'psm-1999-2001' }), 400).errors).toEqual([
      { name: 'territory', message: 'no territory with code "XX9"' },
      { name: 'plan', message: 'no plan with code "psm-1999-2001"' },
    ]);
    expect(names(await post({ ...target, period: '2030-13' }))).toEqual(['period']);
    expect(names(await post({ ...target, period: '2030M03' }))).toEqual(['period']);
    const { sourceUrl: _omit, ...unsourced } = target;
    void _omit;
    expect(names(await post(unsourced))).toEqual(['sourceUrl']);
    expect(names(await post({ ...target, sourceUrl: 'javascript:alert(1)' }))).toEqual(['sourceUrl']);
    expect(names(await post({ ...target, value: '20' }))).toEqual(['value']);
    expect(names(await post({ ...target, indicator: 'X' }))).toEqual(['indicator']);
    await post(target, '/api/indicators/NOPE/targets').expect(404);
    expect(await tableCounts(t.db)).toEqual(counts);
  });

  it('deletes a target of the indicator (404 for another indicator’s or a deleted one)', async () => {
    const [first] = (await t.api.get(IND).expect(200)).body.targets as { id: number }[];
    await analyst.agent.delete(`/api/indicators/BES_10AMB017/targets/${first!.id}`).set(analyst.csrf).expect(404);
    const res = await analyst.agent.delete(`${IND}/targets/${first!.id}`).set(analyst.csrf).expect(200);
    expect(res.body).toEqual({ deleted: first!.id });
    expect(await t.db('targets').where({ id: first!.id }).first()).toBeUndefined();
    expect((await t.api.get(IND).expect(200)).body.targets).toHaveLength(1);
    await analyst.agent.delete(`${IND}/targets/${first!.id}`).set(analyst.csrf).expect(404);
    expect(names(await analyst.agent.delete(`${IND}/targets/abc`).set(analyst.csrf))).toEqual(['id']);
  });

  it('keeps every write in the audit log with before and after', async () => {
    const edits = (await admin.agent.get('/api/audit?resourceType=indicator&resourceId=BES_10AMB001P').expect(200)).body.items;
    expect(edits.at(-1)).toMatchObject({ actor: analyst.account.email, action: 'update', before: { decimals: 0, theme: expect.any(String) }, after: { decimals: 1, theme: null } });
    const targets = (await admin.agent.get('/api/audit?resourceType=target').expect(200)).body.items;
    expect(targets.map((e: { action: string }) => e.action)).toEqual(['delete', 'create', 'create']);
    expect(targets[2]).toMatchObject({ actor: analyst.account.email, before: null, after: { indicator: 'BES_10AMB001P', period: '2030', value: 20, sourceUrl: target.sourceUrl } });
    expect(targets[0]).toMatchObject({ before: { indicator: 'BES_10AMB001P', period: '2030' }, after: null });
  });

  it('documents the writes in OpenAPI with the roles', async () => {
    const doc = (await t.api.get('/api/openapi.json').expect(200)).body;
    expect(doc.paths['/api/indicators/{code}'].patch['x-roles']).toEqual(['admin', 'analyst']);
    expect(Object.keys(doc.paths['/api/indicators/{code}/targets'].post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409']));
    expect(doc.paths['/api/indicators/{code}/targets/{id}'].delete).toBeTruthy();
  });
});
