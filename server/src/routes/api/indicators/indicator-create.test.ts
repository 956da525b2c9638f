import type { Response } from 'supertest';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { tableCounts } from '../../../test/test-db';

/** The fields a 400 problem+json answer names. */
const names = (res: Response) => problem(res, 400).errors!.map((e) => e.name);
const body = { code: 'TEST_CO_VERDE', name: 'Verde pubblico censito', source: 'ente', kind: 'constructed', unit: 'm²/ab.', decimals: 1, polarity: 'higher_better', frequency: 'annual' };

/** An analyst creates an indicator from the form: a draft, hidden from the public until published; the audit log keeps it. */
describe('POST /api/indicators (analysts)', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await loginAs(t, 'analyst');
    manager = await loginAs(t, 'manager');
    admin = await loginAs(t, 'admin');
  });
  afterAll(() => t.destroy());

  const post = (b: object, who = analyst) => who.agent.post('/api/indicators').set(who.csrf).send(b);

  it('creates the indicator (201 with its detail) as a draft the analyst can fill, hidden from the public, kept in the audit log', async () => {
    const res = await post(body).expect(201);
    expect(res.body).toMatchObject({ code: 'TEST_CO_VERDE', name: 'Verde pubblico censito', source: 'ente', kind: 'constructed', unit: 'm²/ab.', decimals: 1, nameEn: null, coverage: [], batches: [], targets: [] });
    expect(await t.db('indicators').where({ code: 'TEST_CO_VERDE' }).first()).toMatchObject({ source: 'ente', kind: 'constructed', polarity: 'higher_better' });
    const bo = (await analyst.agent.get('/api/backoffice/indicators/TEST_CO_VERDE').expect(200)).body;
    expect(bo.publication).toEqual({ status: 'draft', publishedAt: null, missing: ['source', 'licence'] });
    await t.api.get('/api/indicators/TEST_CO_VERDE').expect(404);
    // The analyst's value grid and its template work on the draft, before it is published.
    expect((await analyst.agent.get('/api/indicators/TEST_CO_VERDE/values').expect(200)).body).toEqual({ items: [] });
    await analyst.agent.get('/api/indicators/TEST_CO_VERDE/values/template.csv').expect(200);
    const audit = (await admin.agent.get('/api/audit?resourceType=indicator&resourceId=TEST_CO_VERDE').expect(200)).body.items;
    expect(audit).toMatchObject([{ action: 'create', actor: analyst.account.email, before: null, after: { code: 'TEST_CO_VERDE', kind: 'constructed' } }]);
  });

  it('answers 409 for a code already used (in any case), 400 naming the field for bad values, writing nothing', async () => {
    const counts = await tableCounts(t.db);
    expect(problem(await post(body), 409).errors).toEqual([{ name: 'code', message: 'is already used by another indicator' }]);
    expect(problem(await post({ ...body, code: 'bes_10amb001p' }), 400).errors!.map((e) => e.name)).toEqual(['code']);
    expect(problem(await post({ ...body, code: 'BES_10AMB001P' }), 409).detail).toMatch(/already exists/);
    expect(names(await post({ ...body, code: 'NO SPACES' }))).toEqual(['code']);
    expect(names(await post({ ...body, code: `A${'B'.repeat(40)}` }))).toEqual(['code']);
    expect(names(await post({ ...body, code: 'TEST_X', source: 'nasa' }))).toEqual(['source']);
    expect(names(await post({ ...body, code: 'TEST_X', kind: 'guess' }))).toEqual(['kind']);
    expect(names(await post({ ...body, code: 'TEST_X', name: ' ' }))).toEqual(['name']);
    expect(names(await post({ ...body, code: 'TEST_X', decimals: 9 }))).toEqual(['decimals']);
    expect(names(await post({ ...body, code: 'TEST_X', sourceUrl: 'javascript:alert(1)' }))).toEqual(['sourceUrl']);
    const { code: _code, ...noCode } = body;
    expect(names(await post(noCode))).toEqual(['code']);
    expect(await tableCounts(t.db)).toEqual(counts);
  });

  it('is refused to the anonymous (401) and to a manager (403)', async () => {
    await t.api.post('/api/indicators').send({ ...body, code: 'TEST_ANON' }).expect(401);
    await post({ ...body, code: 'TEST_MGR' }, manager).expect(403);
    expect(await t.db('indicators').whereIn('code', ['TEST_ANON', 'TEST_MGR'])).toEqual([]);
  });
});
