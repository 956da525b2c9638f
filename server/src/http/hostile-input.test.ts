import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { DEFAULT_AUTH } from '../auth/options';
import { loginAs, type LoggedIn } from '../test/accounts';
import { answerClientErrors } from './client-error';
import { errorHandler } from './error-handler';
import { mountRoute } from './route';
import { defineRoute } from './route-def';
import { problem } from '../test/problem';
import { createTestApp, type TestApp } from '../test/test-app';
import { tableCounts } from '../test/test-db';

const PLAN = 'psm-2024-2026';
const ACTION = `/api/plans/${PLAN}/actions/1.1.1`;
const INDICATOR = '/api/indicators/BES_01SAL001';

/** The names of the fields a problem+json answer says are at fault. */
const namesOf = (body: { errors?: { name?: string }[] }) => (body.errors ?? []).map((e) => e.name);

/**
 * Hostile input of every kind (issue 11): each is a 4xx problem+json naming the field or parameter at
 * fault, never a 500, and nothing is written.
 */
describe('hostile input', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let analyst: LoggedIn;
  let manager: LoggedIn;
  let counts: Record<string, number>;
  /** A write that opens the real file, then fails like a full disk once some bytes were written. */
  let diskFull = false;

  beforeAll(async () => {
    t = await createTestApp({
      openUploadFile: (tempPath) => {
        const file = fs.createWriteStream(tempPath);
        if (!diskFull) return file;
        let written = 0;
        return new Writable({
          write(chunk: Buffer, _enc, done) {
            written += chunk.length;
            if (written > 16) return done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
            file.write(chunk, done);
          },
          final: (done) => file.end(done),
          destroy: (err, done) => file.close(() => done(err)),
        });
      },
    });
    admin = await loginAs(t, 'admin');
    analyst = await loginAs(t, 'analyst');
    manager = await loginAs(t, 'manager');
  });
  beforeEach(async () => {
    counts = await tableCounts(t.db);
  });
  afterEach(async () => {
    expect(await tableCounts(t.db)).toEqual(counts);
  });
  afterAll(() => t.destroy());

  const actionVersion = async () => (await t.db('actions').where({ code: '1.1.1' }).first('version')).version as number;
  const etagOf = async () => (await t.api.get(ACTION).expect(200)).headers.etag as string;

  describe('NUL and lone surrogates', () => {
    it('in a body field: 400 naming the field', async () => {
      const nul = await analyst.agent.patch(INDICATOR).set(analyst.csrf).send({ name: 'Speranza\u0000di vita' });
      expect(namesOf(problem(nul, 400))).toEqual(['name']);
      const lone = await admin.agent.post('/api/action-statuses').set(admin.csrf).send({
        code: 'sospetta',
        labelIt: 'Sospetta \ud800',
        labelEn: 'Suspect',
        rag: 'amber',
        colour: '#E69F00',
        position: 99,
        closed: false,
      });
      expect(namesOf(problem(lone, 400))).toEqual(['labelIt']);
      const nested = await admin.agent
        .patch(ACTION)
        .set(admin.csrf)
        .set('If-Match', await etagOf())
        .send({ partners: [{ name: 'Regione\udfff', role: null }] });
      expect(namesOf(problem(nested, 400))).toEqual(['partners.0.name']);
    });

    it('in the form fields of an upload, keys of the filter map included: 400 naming the field', async () => {
      const upload = (field: string, value: string) =>
        analyst.agent.post('/api/imports').set(analyst.csrf).field(field, value).attach('file', Buffer.from('a,b\n1,2\n'), 'values.csv');
      expect(namesOf(problem(await upload('indicator', 'BES\u0000'), 400))).toEqual(['indicator']);
      expect(namesOf(problem(await upload('filter', 'sex\u0000=T'), 400))).toEqual(['filter']);
      expect(namesOf(problem(await upload('map', 'A=B\u0000'), 400))).toEqual(['map']);
    });

    it('in a password: 400 naming it', async () => {
      const res = await admin.agent.post('/api/users').set(admin.csrf).send({ email: 'x@example.org', role: 'admin', password: 'p\u0000'.repeat(8) });
      expect(namesOf(problem(res, 400))).toEqual(['password']);
    });

    it('in a query parameter: 400 naming it', async () => {
      expect(namesOf(problem(await t.api.get('/api/territories?q=Tor%00ino'), 400))).toEqual(['q']);
      expect(namesOf(problem(await t.api.get('/api/observations?indicator=BES_01SAL001,%00'), 400))).toEqual(['indicator']);
      expect(namesOf(problem(await admin.agent.get('/api/audit?user=%00'), 400))).toEqual(['user']);
      // A surrogate cannot be sent as UTF-8: its bytes are decoded to U+FFFD, which is text like any other.
      expect((await t.api.get('/api/territories?q=%ED%A0%80')).status).toBe(200);
    });

    it('in a path parameter: 400 naming it', async () => {
      expect(namesOf(problem(await t.api.get('/api/indicators/%00'), 400))).toEqual(['code']);
      expect(namesOf(problem(await analyst.agent.patch('/api/indicators/BES%00').set(analyst.csrf).send({ name: 'x' }), 400))).toEqual(['code']);
      // The UTF-8 bytes of a surrogate are not valid percent-encoding.
      expect(namesOf(problem(await t.api.get('/api/indicators/%ED%A0%80'), 400))).toEqual(['path']);
    });

    it('in headers: If-Match, X-CSRF-Token and the session cookie are refused, never a 500', async () => {
      const ifMatch = await manager.agent.post(`${ACTION}/updates`).set(manager.csrf).set('If-Match', '"v1-\u00ff\u0080"').send({ status: 'in_corso', reportingPeriod: '2024-S2' });
      // The manager is not assigned this action: that 403 is found before the header is read.
      expect(problem(ifMatch, 403).type).toBe('/api/docs#problem-not-assigned');
      const adminIfMatch = await admin.agent.patch(ACTION).set(admin.csrf).set('If-Match', '"v1-\u00ff"\u00ff').send({ weight: 1 });
      expect(namesOf(problem(adminIfMatch, 400))).toEqual(['If-Match']);
      const csrf = await admin.agent.patch(ACTION).set('X-CSRF-Token', '\u00ff\u0080').set('If-Match', await etagOf()).send({ weight: 1 });
      expect(problem(csrf, 403).type).toBe('/api/docs#problem-csrf');
      for (const cookie of ['psm_session=%00', 'psm_session=%ED%A0%80', 'psm_session=\u00ff\u0080', 'psm_session=%ZZ']) {
        expect(problem(await t.api.get('/api/auth/me').set('Cookie', cookie), 401).type).toBe('/api/docs#problem-unauthorized');
        expect((await t.api.get('/api/auth/session').set('Cookie', cookie).expect(200)).body.user).toBeNull();
        problem(await t.api.patch(INDICATOR).set('Cookie', cookie).set('X-CSRF-Token', 'x').send({ name: 'x' }), 401);
      }
    });
  });

  it('a NUL or a control character in a header: problem+json from the server itself, never a 500', async () => {
    const server = http.createServer(t.app);
    answerClientErrors(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    /** The raw answer to a request written byte by byte (no HTTP client lets these headers through). */
    const raw = (head: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.end(`GET /api/auth/session HTTP/1.1\r\nHost: localhost\r\n${head}\r\n\r\n`));
        let answer = '';
        socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    try {
      for (const head of ['If-Match: "v1-\u0000"', 'X-CSRF-Token: a\u0000b', 'Cookie: psm_session=\u0000', 'Cookie: psm_session=a\u0001b']) {
        const answer = await raw(head);
        expect(answer).toMatch(/^HTTP\/1\.1 400 /);
        expect(answer).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/);
        expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400 });
      }
      expect(await raw(`Cookie: ${'a'.repeat(20_000)}`)).toMatch(/^HTTP\/1\.1 431 [^]*application\/problem\+json/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  describe('impossible dates and date-times', () => {
    it('in body date fields: 400 naming the field, the version unchanged', async () => {
      const version = await actionVersion();
      for (const bad of ['2025-02-30', 'x', '0000-01-01', '2025-13-01', '9999-12-31T99:99:99Z']) {
        const edit = await admin.agent.patch(ACTION).set(admin.csrf).set('If-Match', await etagOf()).send({ dates: { plannedStart: bad } });
        expect(namesOf(problem(edit, 400))).toEqual(['dates.plannedStart']);
        const milestone = await admin.agent
          .patch(ACTION)
          .set(admin.csrf)
          .set('If-Match', await etagOf())
          .send({ milestones: [{ title: 'Gara', plannedDate: bad }] });
        expect(namesOf(problem(milestone, 400))).toEqual(['milestones.0.plannedDate']);
      }
      const update = await admin.agent
        .post(`${ACTION}/updates`)
        .set(admin.csrf)
        .set('If-Match', await etagOf())
        .send({ status: 'in_corso', reportingPeriod: '2024-S2', evidence: { type: 'Decreto', date: '2025-02-29' } });
      expect(namesOf(problem(update, 400))).toEqual(['evidence.date']);
      expect(await actionVersion()).toBe(version);
    });

    it('in filters: 400 naming the parameter', async () => {
      for (const bad of ['2025-02-30', 'x', '9999-12-31T99:99:99Z', '2025-01-01T24:00', '2025-01-01T10:00+16:00', '0000-01-01']) {
        const q = encodeURIComponent(bad);
        expect(namesOf(problem(await admin.agent.get(`/api/audit?from=${q}`), 400))).toEqual(['from']);
        expect(namesOf(problem(await admin.agent.get(`/api/audit?to=${q}`), 400))).toEqual(['to']);
        expect(namesOf(problem(await t.api.get(`/api/observations?indicator=BES_01SAL001&asOf=${q}`), 400))).toEqual(['asOf']);
      }
    });

    it('accepts the last day there is', async () => {
      await admin.agent.get('/api/audit?from=9999-12-31&to=9999-12-31T23:59:59Z').expect(200);
      const res = await t.api.get('/api/observations?indicator=BES_01SAL001&asOf=9999-12-31').expect(200);
      expect(res.body.total).toBeGreaterThan(0);
    });
  });

  describe('paths and ids', () => {
    it('bad percent-encoding: 400 naming the path under /api, 404 elsewhere', async () => {
      expect(namesOf(problem(await t.api.get('/api/indicators/%ff'), 400))).toEqual(['path']);
      expect(namesOf(problem(await analyst.agent.patch('/api/indicators/%ff').set(analyst.csrf).send({ name: 'x' }), 400))).toEqual(['path']);
      problem(await t.api.get('/%ff'), 404);
      problem(await t.api.get('/api/%ff'), 404);
    });

    it('an id out of the 32-bit range: 400 naming it', async () => {
      // No route reads one user: 404, whatever the id.
      problem(await admin.agent.get('/api/users/2147483648'), 404);
      expect(namesOf(problem(await admin.agent.patch('/api/users/2147483648').set(admin.csrf).send({ name: 'x' }), 400))).toEqual(['id']);
      expect(namesOf(problem(await admin.agent.post('/api/users/99999999999999999999/unlock').set(admin.csrf), 400))).toEqual(['id']);
      expect(namesOf(problem(await analyst.agent.delete(`${INDICATOR}/targets/2147483648`).set(analyst.csrf), 400))).toEqual(['id']);
      expect(namesOf(problem(await analyst.agent.get('/api/imports/2147483648'), 400))).toEqual(['id']);
      await admin.agent.patch('/api/users/2147483647').set(admin.csrf).send({ name: 'x' }).expect(404);
    });

    it('an If-Match version out of range: 400 naming the header', async () => {
      const res = await admin.agent.patch(ACTION).set(admin.csrf).set('If-Match', '"v99999999999999999999-abc"').send({ weight: 1 });
      expect(namesOf(problem(res, 400))).toEqual(['If-Match']);
    });
  });

  describe('bodies that are not JSON', () => {
    it('a PATCH with a text/plain body: 415, nothing written, no version bumped', async () => {
      const version = await actionVersion();
      const edit = await admin.agent.patch(ACTION).set(admin.csrf).set('If-Match', await etagOf()).set('Content-Type', 'text/plain').send('{"weight":2}');
      expect(namesOf(problem(edit, 415))).toEqual(['Content-Type']);
      const form = await analyst.agent.patch(INDICATOR).set(analyst.csrf).type('form').send({ name: 'x' });
      expect(namesOf(problem(form, 415))).toEqual(['Content-Type']);
      const tool = await admin.agent.post('/api/planning-tools').set(admin.csrf).set('Content-Type', 'application/xml').send('<tool/>');
      expect(problem(tool, 415).type).toBe('/api/docs#problem-unsupported-media-type');
      expect(await actionVersion()).toBe(version);
    });

    it('a write without a body: 400 naming the body, not read as {}', async () => {
      const version = await actionVersion();
      const edit = await admin.agent.patch(ACTION).set(admin.csrf).set('If-Match', await etagOf());
      expect(namesOf(problem(edit, 400))).toEqual(['body']);
      expect(namesOf(problem(await admin.agent.patch('/api/action-statuses/in_corso').set(admin.csrf), 400))).toEqual(['body']);
      expect(await actionVersion()).toBe(version);
    });

    it('still reads JSON with a charset and an empty object where one is valid', async () => {
      const version = await actionVersion();
      await admin.agent
        .patch(ACTION)
        .set(admin.csrf)
        .set('If-Match', await etagOf())
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(JSON.stringify({}))
        .expect(200);
      expect(await actionVersion()).toBe(version + 1);
      counts = await tableCounts(t.db);
    });
  });

  it('the edge refuses unsafe text a schema lets through (record keys, unknown values)', async () => {
    const app = express();
    app.use(express.json());
    const route = defineRoute({
      method: 'post',
      path: '/echo',
      tag: 'test',
      summary: 'Echo',
      body: z.object({ tags: z.record(z.string(), z.unknown()) }),
      response: z.object({ ok: z.boolean() }),
      handler: async () => ({ ok: true }),
    });
    const router = express.Router();
    mountRoute(router, route, { db: t.db, cache: null, publicCacheSeconds: 0, sessions: DEFAULT_AUTH.sessions, uploads: { dir: t.uploadDir, maxBytes: 1024 } });
    app.use(router, errorHandler(() => undefined));
    const api = request(app);
    await api.post('/echo').send({ tags: { a: 'b' } }).expect(200);
    expect(namesOf(problem(await api.post('/echo').send({ tags: { 'a\u0000': 'b' } }), 400))).toEqual(['tags.a\u0000']);
    expect(namesOf(problem(await api.post('/echo').send({ tags: { a: ['x', { y: '\ud800' }] } }), 400))).toEqual(['tags.a.1.y']);
  });

  it('a full disk while receiving an upload: 507, the partial file removed', async () => {
    diskFull = true;
    try {
      const res = await analyst.agent
        .post('/api/imports')
        .set(analyst.csrf)
        .attach('file', Buffer.from('indicator,territory,period,value\n'.repeat(2000)), 'values.csv');
      const body = problem(res, 507);
      expect(body.type).toBe('/api/docs#problem-insufficient-storage');
      expect(body.detail).toMatch(/no disk space left/);
      expect(fs.readdirSync(t.uploadDir).filter((f) => f.endsWith('.part'))).toEqual([]);
    } finally {
      diskFull = false;
    }
  });
});
