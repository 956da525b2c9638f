import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

describe('territories API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.destroy());

  it('lists the 312 current comuni by level, with their ISTAT codes', async () => {
    const res = await t.api.get('/api/territories?level=comune').expect(200);
    expect(res.body.total).toBe(312);
    const agliè = res.body.items[0];
    expect(agliè).toMatchObject({ code: '001001', name: 'Agliè', istatCode: '001001', nutsCode: 'ITC11', suppressed: false });
    expect(agliè.parents).toEqual([{ code: 'ITC11', level: 'citta_metropolitana', validFrom: null, validTo: null }]);
    const withSuppressed = await t.api.get('/api/territories?level=comune&includeSuppressed=true').expect(200);
    expect(withSuppressed.body.total).toBe(318);
  });

  it('lists the 11 zone omogenee and the comuni known in each', async () => {
    const zones = await t.api.get('/api/territories?level=zona_omogenea').expect(200);
    expect(zones.body.items.map((z: { number: string }) => z.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    const chivassese = await t.api.get('/api/territories?parent=ITC11-ZO10').expect(200);
    expect(chivassese.body.total).toBe(24);
    expect(chivassese.body.items.map((c: { name: string }) => c.name)).toContain('Chivasso');
  });

  it('rejects an unknown level by name and an unknown parent with 404', async () => {
    const bad = await t.api.get('/api/territories?level=galassia');
    expect(problem(bad, 400).errors![0]!.name).toBe('level');
    await t.api.get('/api/territories?parent=NOPE').expect(404);
  });
});
