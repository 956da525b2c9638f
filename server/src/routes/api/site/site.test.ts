import { createTestApp, type TestApp } from '../../../test/test-app';

describe('GET /api/site', () => {
  let bare: TestApp;
  let configured: TestApp;
  beforeAll(async () => {
    [bare, configured] = await Promise.all([createTestApp(), createTestApp({ sourceCodeUrl: 'https://github.com/ente/psm-monitor' })]);
  });
  afterAll(async () => {
    await Promise.all([bare.destroy(), configured.destroy()]);
  });

  it('names the code repository the body configured (SOURCE_CODE_URL) and the software licence', async () => {
    const res = await configured.api.get('/api/site').expect(200);
    expect(res.body).toEqual({ sourceCodeUrl: 'https://github.com/ente/psm-monitor', softwareLicence: { name: 'EUPL 1.2', url: expect.stringMatching(/^https:\/\/.*eupl/) } });
    expect(res.headers['cache-control']).toMatch(/public/);
  });

  it('says null, not a made-up address, when none is configured', async () => {
    expect((await bare.api.get('/api/site').expect(200)).body.sourceCodeUrl).toBeNull();
  });
});
