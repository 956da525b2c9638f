import type { Response } from 'supertest';
import { loginAs, type LoggedIn } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { createTestApp, type TestApp } from '../../../test/test-app';

const IND = '/api/indicators/BES_10AMB001P';
const names = (res: Response) => problem(res, 400).errors!.map((e) => e.name);

/** Release date, next release and responsible office: kept by analysts, audited, shown to the public without file names. */
describe('indicator release metadata', () => {
  let t: TestApp;
  let analyst: LoggedIn;
  let officeId: number;
  let retiredId: number;
  beforeAll(async () => {
    t = await createTestApp();
    analyst = await loginAs(t, 'analyst');
    [{ id: officeId }] = await t.db('offices').insert({ code: 'TEST-STAT', name: 'Ufficio statistica (test)' }).returning('id');
    [{ id: retiredId }] = await t.db('offices').insert({ code: 'TEST-OLD', name: 'Ufficio soppresso (test)', retired_at: new Date() }).returning('id');
  });
  afterAll(() => t.destroy());

  const patch = (body: object) => analyst.agent.patch(IND).set(analyst.csrf).send(body);

  it('round-trips the release date, next release and office, audited, and the public detail shows them', async () => {
    const res = await patch({ releaseDate: '2025-12-18', nextRelease: '2027-03-01', responsibleOfficeId: officeId }).expect(200);
    expect(res.body).toMatchObject({ releaseDate: '2025-12-18', nextRelease: '2027-03-01', responsibleOfficeId: officeId });
    const detail = (await t.api.get(IND).expect(200)).body;
    expect(detail).toMatchObject({
      releaseDate: '2025-12-18',
      nextRelease: '2027-03-01',
      responsibleOffice: { id: officeId, code: 'TEST-STAT', name: 'Ufficio statistica (test)' },
    });
    const row = await t.db('indicators').where({ code: 'BES_10AMB001P' }).first('release_date', 'next_release', 'responsible_office_id');
    expect(row).toEqual({ release_date: '2025-12-18', next_release: '2027-03-01', responsible_office_id: officeId });
    const audit = await t.db('audit_log').where({ resource_type: 'indicator', resource_id: 'BES_10AMB001P' }).orderBy('id', 'desc').first('before', 'after');
    expect(audit.before).toMatchObject({ releaseDate: null, nextRelease: null, responsibleOfficeId: null });
    expect(audit.after).toMatchObject({ releaseDate: '2025-12-18', nextRelease: '2027-03-01', responsibleOfficeId: officeId });

    const cleared = await patch({ releaseDate: null, nextRelease: null, responsibleOfficeId: null }).expect(200);
    expect(cleared.body).toMatchObject({ releaseDate: null, nextRelease: null, responsibleOffice: null });
  });

  it('offers analysts the offices not retired to choose from', async () => {
    const res = await analyst.agent.get('/api/office-choices').expect(200);
    const codes = res.body.items.map((o: { code: string }) => o.code);
    expect(codes).toContain('TEST-STAT');
    expect(codes).not.toContain('TEST-OLD');
    await t.api.get('/api/office-choices').expect(401);
  });

  it('answers 400 naming the field for a bad date, an unknown or retired office, a next release before the release; nothing written', async () => {
    expect(names(await patch({ releaseDate: '2025-02-30' }))).toEqual(['releaseDate']);
    expect(names(await patch({ nextRelease: 'marzo 2027' }))).toEqual(['nextRelease']);
    expect(names(await patch({ responsibleOfficeId: 'x' }))).toEqual(['responsibleOfficeId']);
    const unknown = await patch({ responsibleOfficeId: 999999, releaseDate: '2025-01-01' });
    expect(problem(unknown, 400).errors).toEqual([{ name: 'responsibleOfficeId', message: 'no office with id 999999' }]);
    expect(names(await patch({ responsibleOfficeId: retiredId }))).toEqual(['responsibleOfficeId']);
    expect(names(await patch({ releaseDate: '2026-06-01', nextRelease: '2026-01-01' }))).toEqual(['nextRelease']);
    const row = await t.db('indicators').where({ code: 'BES_10AMB001P' }).first('release_date', 'next_release', 'responsible_office_id');
    expect(row).toEqual({ release_date: null, next_release: null, responsible_office_id: null });
  });

  it('gives our load date and never a file name or path in the public detail', async () => {
    const detail = (await t.api.get(IND).expect(200)).body;
    expect(detail.loadedAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    expect(detail.batches.length).toBeGreaterThan(0);
    const text = JSON.stringify(detail);
    expect(text).not.toMatch(/\.(csv|tsv|xlsx|json|ya?ml)\b|seeds\/|fileName|file_name/i);
    // ISTAT indicators link to the publisher's page, not to the data service.
    const istat = (await t.api.get('/api/indicators/ISTATP_DISOCCUPAZIONE').expect(200)).body;
    expect(istat.sourceUrl).toBe('https://www.istat.it/statistiche-per-temi/istruzione-e-lavoro/lavoro-e-retribuzioni/');
    // No seed file states a release date: left empty, never invented.
    expect(istat).toMatchObject({ releaseDate: null, nextRelease: null });
  });
});
