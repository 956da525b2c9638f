import { createApp } from '../../../app';
import { createAccount, loginAs, type LoggedIn, type TestAccount } from '../../../test/accounts';
import { problem } from '../../../test/problem';
import { startSmtp, type TestSmtp } from '../../../test/smtp';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { createMailer } from '../../../rounds/mailer';

const PLAN = '/api/plans/psm-2024-2026';
const ROUNDS = `${PLAN}/rounds`;
const FROM = 'PSM monitor <psm@cittametropolitana.torino.it>';

/** A clock the tests move: the rounds' "today" and the e-mails' due times. */
let now = new Date('2026-12-01T09:00:00Z');
const clock = () => now;

let smtp: TestSmtp;
let t: TestApp;
let admin: LoggedIn;
/** Manager of the office UFF-MOB (actions 1.1.1 and 1.1.2) and manager assigned 2.1.1 by name. */
let mob: TestAccount;
let assigned: TestAccount;

async function reportAction(who: TestAccount, code: string, period: string) {
  const agent = (await import('supertest')).default.agent(t.app);
  const login = await agent.post('/api/auth/login').send({ email: who.email, password: who.password }).expect(200);
  const read = await agent.get(`${PLAN}/actions/${code}`).expect(200);
  await agent
    .post(`${PLAN}/actions/${code}/updates`)
    .set('X-CSRF-Token', login.body.csrfToken)
    .set('If-Match', read.headers.etag!)
    .send({ status: 'in_corso', progress: 50, reportingPeriod: period, comment: 'Avanzamento del semestre' })
    .expect(201);
}

const open = (body: object) => admin.agent.post(ROUNDS).set(admin.csrf).send(body);
const messagesTo = (email: string) => smtp.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]!.address === email);

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ mail: { mailer: createMailer(smtp.url, FROM), reminderDays: 7, publicUrl: 'https://psm.example.org', backoffMs: 60_000, maxAttempts: 3 }, clock });
  admin = await loginAs(t, 'admin');
  const [office] = await t.db('offices').insert({ code: 'UFF-MOB', name: 'Mobilità sostenibile' }).returning('id');
  mob = await createAccount(t.db, 'manager', { officeCode: 'UFF-MOB', name: 'Giulia Ferrero' });
  assigned = await createAccount(t.db, 'manager', { name: 'Marco Bonetto' });
  const plan = await t.db('plans').where({ code: 'psm-2024-2026' }).first('id');
  await t.db('actions').where({ plan_id: plan.id }).whereIn('code', ['1.1.1', '1.1.2']).update({ office_id: office.id });
  await t.db('actions').where({ plan_id: plan.id, code: '2.1.1' }).update({ responsible_user_id: assigned.id });
});

afterAll(async () => {
  await t.destroy();
  await smtp.close();
});

beforeEach(() => {
  smtp.messages.length = 0;
  smtp.refuse = false;
  now = new Date('2026-12-01T09:00:00Z');
});

describe('reporting rounds', () => {
  it('opens a round and e-mails each manager a digest of their actions with links to the status forms', async () => {
    const res = await open({ period: '2026-S2', deadline: '2027-01-15', reminderDays: 10 }).expect(201);
    expect(res.headers.location).toBe(`${ROUNDS}/${res.body.id}`);
    expect(res.body).toMatchObject({ period: '2026-S2', deadline: '2027-01-15', reminderDays: 10, reminderAt: '2027-01-05T08:00:00.000Z', closedAt: null, mailConfigured: true });
    await t.app.locals.mailJobs.idle();

    expect(smtp.messages).toHaveLength(2);
    const [toMob] = messagesTo(mob.email);
    expect(toMob!.subject).toBe('PSM 2024-2026 – rilevazione 2026-S2: 2 azioni da aggiornare entro il 15/01/2027');
    expect(toMob!.from!.text).toContain('psm@cittametropolitana.torino.it');
    expect(toMob!.text).toContain('Gentile Giulia Ferrero,');
    expect(toMob!.text).toContain('https://psm.example.org/gestione/piani/psm-2024-2026/azioni/1.1.1/stato');
    expect(toMob!.text).toContain('https://psm.example.org/gestione/piani/psm-2024-2026/azioni/1.1.2/stato');
    expect(toMob!.text).not.toContain('/azioni/2.1.1/stato');
    expect(toMob!.text).toContain('https://psm.example.org/gestione/azioni');
    expect(toMob!.text).toContain('-- English --');
    expect(toMob!.html).toContain('href="https://psm.example.org/gestione/piani/psm-2024-2026/azioni/1.1.1/stato"');
    const [toAssigned] = messagesTo(assigned.email);
    expect(toAssigned!.subject).toBe('PSM 2024-2026 – rilevazione 2026-S2: 1 azione da aggiornare entro il 15/01/2027');
    expect(toAssigned!.text).toContain('/azioni/2.1.1/stato');

    const sends = await t.db('mail_sends').where({ round_id: res.body.id }).orderBy('id');
    expect(sends.map((s) => [s.address, s.kind, s.status])).toEqual(
      expect.arrayContaining([
        [mob.email, 'apertura', 'sent'],
        [assigned.email, 'apertura', 'sent'],
      ]),
    );
    expect(sends.every((s) => s.message_id)).toBe(true);
    const detail = await admin.agent.get(`${ROUNDS}/${res.body.id}`).expect(200);
    const m = detail.body.managers.find((x: { email: string }) => x.email === mob.email);
    expect(m).toMatchObject({ name: 'Giulia Ferrero', office: 'UFF-MOB', actions: 2, reported: 0, notReported: 2, lastMail: { kind: 'apertura', status: 'sent' } });
    const audit = await t.db('audit_log').where({ resource_type: 'reporting_round', resource_id: String(res.body.id) });
    expect(audit).toHaveLength(1);
    await admin.agent.post(`${ROUNDS}/${res.body.id}/close`).set(admin.csrf).expect(200);
  });

  it('counts a manager\'s update in the progress per office and per manager, and reminds only who is late, once, with two processes racing', async () => {
    const res = await open({ period: '2026-Q4', deadline: '2027-01-20', reminderDays: 5 }).expect(201);
    const id = res.body.id as number;
    await t.app.locals.mailJobs.idle();
    const before = (await admin.agent.get(`${ROUNDS}/${id}`).expect(200)).body;
    const office = (b: typeof before) => b.offices.find((o: { code: string | null }) => o.code === 'UFF-MOB');
    expect(office(before)).toMatchObject({ name: 'Mobilità sostenibile', actions: 2, reported: 0, notReported: 2 });

    await reportAction(mob, '1.1.1', '2026-Q4');
    await reportAction(assigned, '2.1.1', '2026-Q4');
    const after = (await admin.agent.get(`${ROUNDS}/${id}`).expect(200)).body;
    expect(office(after)).toMatchObject({ actions: 2, reported: 1, notReported: 1 });
    expect(after.managers.find((x: { email: string }) => x.email === mob.email)).toMatchObject({ reported: 1, notReported: 1, missing: [{ code: '1.1.2' }] });
    expect(after.managers.find((x: { email: string }) => x.email === assigned.email)).toMatchObject({ reported: 1, notReported: 0, missing: [] });
    expect(after.reported).toBe(before.reported + 2);

    // The reminder's day: two API processes on the same database poll at the same moment.
    smtp.messages.length = 0;
    now = new Date('2027-01-15T08:00:00Z');
    const other = createApp({ db: t.db, log: () => undefined, clock, mail: { mailer: createMailer(smtp.url, FROM) } });
    await Promise.all([t.app.locals.mailJobs.runDue(), other.locals.mailJobs.runDue(), t.app.locals.mailJobs.runDue()]);
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.subject).toBe('Promemoria: PSM 2024-2026 – rilevazione 2026-Q4: 1 azione da aggiornare entro il 20/01/2027');
    expect(smtp.messages[0]!.text).toContain('/azioni/1.1.2/stato');
    expect(smtp.messages[0]!.text).not.toContain('/azioni/1.1.1/stato');
    // Polling again sends nothing more.
    await Promise.all([t.app.locals.mailJobs.runDue(), other.locals.mailJobs.runDue()]);
    expect(smtp.messages).toHaveLength(1);
    expect(await t.db('mail_sends').where({ round_id: id, kind: 'promemoria' })).toHaveLength(1);
    await other.locals.mailJobs.stop();
    await admin.agent.post(`${ROUNDS}/${id}/close`).set(admin.csrf).expect(200);
  });

  it('sends at start a reminder that fell due while the server was down', async () => {
    const res = await open({ period: '2026-S1', deadline: '2026-12-20', reminderDays: 3 }).expect(201);
    await t.app.locals.mailJobs.idle();
    smtp.messages.length = 0;
    // The server stops; the reminder's time passes; a new process starts.
    now = new Date('2026-12-18T10:00:00Z');
    const restarted = createApp({ db: t.db, log: () => undefined, clock, mail: { mailer: createMailer(smtp.url, FROM), pollMs: 60_000 } });
    await restarted.locals.mailJobs.start();
    await restarted.locals.mailJobs.idle();
    expect(smtp.messages.map((m) => m.subject).sort()).toEqual([
      'Promemoria: PSM 2024-2026 – rilevazione 2026-S1: 1 azione da aggiornare entro il 20/12/2026',
      'Promemoria: PSM 2024-2026 – rilevazione 2026-S1: 2 azioni da aggiornare entro il 20/12/2026',
    ]);
    await restarted.locals.mailJobs.stop();
    const jobs = await t.db('mail_jobs').where({ round_id: res.body.id }).orderBy('id');
    expect(jobs.map((j) => [j.kind, j.status])).toEqual([
      ['apertura', 'done'],
      ['promemoria', 'done'],
    ]);
    await admin.agent.post(`${ROUNDS}/${res.body.id}/close`).set(admin.csrf).expect(200);
  });

  it('never sends twice to someone a process gone may have sent to: its job is finished by another, without them', async () => {
    const res = await open({ period: '2024-S2', deadline: '2027-01-10', reminderDays: 3 }).expect(201);
    const id = res.body.id as number;
    await t.app.locals.mailJobs.idle();
    smtp.messages.length = 0;
    // A process claimed the reminder, recorded the send to one manager, and died before recording the outcome.
    const [gone] = await t.db('app_processes').insert({ tag: 'psm-0123456789abcdef', host: 'other-host', pid: 4242 }).returning('id');
    const job = await t.db('mail_jobs').where({ round_id: id, kind: 'promemoria' }).first();
    await t.db('mail_jobs').where({ id: job.id }).update({ status: 'running', claimed_by: gone.id, attempts: 1 });
    await t.db('mail_sends').insert({ job_id: job.id, round_id: id, user_id: mob.id, address: mob.email, kind: 'promemoria', attempt: 1, status: 'sending', actions: 2 });

    now = new Date('2027-01-07T08:00:00Z');
    const next = createApp({ db: t.db, log: () => undefined, clock, mail: { mailer: createMailer(smtp.url, FROM), pollMs: 60_000 } });
    await next.locals.mailJobs.start();
    await next.locals.mailJobs.idle();
    await next.locals.mailJobs.stop();
    expect(smtp.messages.map((m) => (m.to && !Array.isArray(m.to) ? m.to.value[0]!.address : null))).toEqual([assigned.email]);
    expect(await t.db('mail_jobs').where({ id: job.id }).first()).toMatchObject({ status: 'done' });
    const detail = (await admin.agent.get(`${ROUNDS}/${id}`).expect(200)).body;
    expect(detail.managers.find((x: { email: string }) => x.email === mob.email).lastMail).toMatchObject({ kind: 'promemoria', status: 'sending' });
    await admin.agent.post(`${ROUNDS}/${id}/close`).set(admin.csrf).expect(200);
  });

  it('records refused sends as failed and tries again with backoff a bounded number of times', async () => {
    smtp.refuse = true;
    const res = await open({ period: '2026-Q3', deadline: '2027-02-01', reminderDays: 7 }).expect(201);
    const id = res.body.id as number;
    await t.app.locals.mailJobs.idle();
    const job = () => t.db('mail_jobs').where({ round_id: id, kind: 'apertura' }).first();
    expect(await job()).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await job()).run_at.toISOString()).toBe('2026-12-01T09:01:00.000Z');
    expect((await job()).last_error).toMatch(/Mailbox unavailable/);
    // Not before the backoff…
    expect(await t.app.locals.mailJobs.runDue()).toBe(0);
    now = new Date('2026-12-01T09:01:00Z');
    await t.app.locals.mailJobs.runDue();
    expect(await job()).toMatchObject({ status: 'queued', attempts: 2 });
    expect((await job()).run_at.toISOString()).toBe('2026-12-01T09:03:00.000Z');
    now = new Date('2026-12-01T09:03:00Z');
    await t.app.locals.mailJobs.runDue();
    expect(await job()).toMatchObject({ status: 'failed', attempts: 3 });
    now = new Date('2026-12-01T10:00:00Z');
    expect(await t.app.locals.mailJobs.runDue()).toBe(0);
    const sends = await t.db('mail_sends').where({ round_id: id, user_id: mob.id }).orderBy('attempt');
    expect(sends.map((s) => [s.attempt, s.status])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'failed'],
    ]);
    expect(smtp.messages).toHaveLength(0);
    const detail = (await admin.agent.get(`${ROUNDS}/${id}`).expect(200)).body;
    expect(detail.managers.find((x: { email: string }) => x.email === mob.email).lastMail).toMatchObject({ status: 'failed', error: expect.stringMatching(/Mailbox unavailable/) });

    // The admin sends again, to that manager, once the server accepts mail.
    smtp.refuse = false;
    const again = await admin.agent.post(`${ROUNDS}/${id}/resend`).set(admin.csrf).send({ userId: mob.id }).expect(202);
    expect(again.body).toEqual({ queued: true, recipients: 1 });
    await t.app.locals.mailJobs.idle();
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Sollecito: PSM 2024-2026 – rilevazione 2026-Q3: 2 azioni da aggiornare entro il 01/02/2027']);
    const all = await admin.agent.post(`${ROUNDS}/${id}/resend`).set(admin.csrf).send({}).expect(202);
    expect(all.body.recipients).toBe(2);
    await admin.agent.post(`${ROUNDS}/${id}/close`).set(admin.csrf).expect(200);
    await admin.agent.post(`${ROUNDS}/${id}/close`).set(admin.csrf).expect(409);
    await admin.agent.post(`${ROUNDS}/${id}/resend`).set(admin.csrf).send({}).expect(409);
  });

  it('refuses bad input naming the field, a second open round for a period, and anyone but an admin; nothing is written', async () => {
    const cases: [object, string][] = [
      [{ period: '2026-S3', deadline: '2027-01-15' }, 'period'],
      [{ period: '2031-S1', deadline: '2027-01-15' }, 'period'],
      [{ period: '2026-S2\u0000', deadline: '2027-01-15' }, 'period'],
      [{ period: '2026-S2', deadline: '2027-02-30' }, 'deadline'],
      [{ period: '2026-S2', deadline: '2026-11-30' }, 'deadline'],
      [{ period: '2026-S2', deadline: '2026-12-05', reminderDays: 4 }, 'reminderDays'],
      [{ period: '2026-S2', deadline: '2027-01-15', reminderDays: -1 }, 'reminderDays'],
      [{ period: '2026-S2', deadline: '2027-01-15', reminderDays: 'sette' }, 'reminderDays'],
      [{ deadline: '2027-01-15' }, 'period'],
    ];
    const rounds = await t.db('reporting_rounds').count({ n: '*' }).first();
    for (const [body, field] of cases) {
      const body400 = problem(await open(body), 400);
      expect(body400.errors!.map((p) => p.name)).toContain(field);
    }
    expect(await t.db('reporting_rounds').count({ n: '*' }).first()).toEqual(rounds);

    const first = await open({ period: '2025-S2', deadline: '2026-12-31', reminderDays: 0 }).expect(201);
    const dup = problem(await open({ period: '2025-S2', deadline: '2027-01-31' }), 409);
    expect(dup.errors![0]!.name).toBe('period');
    await admin.agent.post(`${ROUNDS}/${first.body.id}/close`).set(admin.csrf).expect(200);
    await open({ period: '2025-S2', deadline: '2027-01-31' }).expect(201);

    for (const role of ['manager', 'analyst'] as const) {
      const u = await loginAs(t, role);
      await u.agent.get(ROUNDS).expect(403);
      await u.agent.post(ROUNDS).set(u.csrf).send({ period: '2024-S1', deadline: '2027-01-15' }).expect(403);
    }
    await admin.agent.post(ROUNDS).send({ period: '2024-S1', deadline: '2027-01-15' }).expect(403);
    await admin.agent.get(`${ROUNDS}/999999`).expect(404);
    const list = await admin.agent.get(ROUNDS).expect(200);
    expect(list.body.items[0]).toMatchObject({ period: '2025-S2', closedAt: null });
    expect(list.body).toMatchObject({ mailConfigured: true, defaultReminderDays: 7 });
  });
});

describe('reporting rounds without a mail server', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await createTestApp({ clock });
    const [office] = await plain.db('offices').insert({ code: 'UFF-AMB', name: 'Ambiente' }).returning('id');
    await createAccount(plain.db, 'manager', { officeCode: 'UFF-AMB', name: 'Anna Rosso' });
    const plan = await plain.db('plans').where({ code: 'psm-2024-2026' }).first('id');
    await plain.db('actions').where({ plan_id: plan.id, code: '3.1.1' }).update({ office_id: office.id });
  });
  afterAll(() => plain.destroy());

  it('opens the round and records every send as not sent', async () => {
    const boss = await loginAs(plain, 'admin');
    const res = await boss.agent.post(ROUNDS).set(boss.csrf).send({ period: '2026-S2', deadline: '2027-01-15' }).expect(201);
    expect(res.body).toMatchObject({ mailConfigured: false, reminderDays: 7 });
    await plain.app.locals.mailJobs.idle();
    const detail = (await boss.agent.get(`${ROUNDS}/${res.body.id}`).expect(200)).body;
    expect(detail.managers).toHaveLength(1);
    expect(detail.managers[0]).toMatchObject({ name: 'Anna Rosso', actions: 1, lastMail: { kind: 'apertura', status: 'not_sent', error: 'not sent: no mail server configured (SMTP_URL)' } });
    expect((await boss.agent.get(ROUNDS).expect(200)).body.mailConfigured).toBe(false);
  });
});
