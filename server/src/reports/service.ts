import type { Knex } from 'knex';
import { writeAudit } from '../audit/audit';
import type { Actor } from '../auth/roles';
import { type ReportCreate, type ReportOut, type ReportPatch, type ReportSection, reportSections } from '../contract/reports';
import type { PlanRow, ReportRow } from '../db/rows';
import { AppError, ConflictError, type InputIssue, InvalidParamsError, NotFoundError } from '../errors/errors';
import { findPlanRef } from '../plans/lookup';
import { publishedOnly } from '../indicators/visibility';

type ReportJoin = ReportRow & { plan_code: PlanRow['code']; plan_title: PlanRow['title']; author: string | null };

const reportQuery = (db: Knex) =>
  db('reports as r')
    .join('plans as p', 'p.id', 'r.plan_id')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select<ReportJoin[]>('r.*', 'p.code as plan_code', 'p.title as plan_title', 'u.name as author');

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

function toReport(r: ReportJoin): ReportOut {
  return {
    id: r.id,
    plan: r.plan_code,
    planTitle: r.plan_title,
    title: r.title,
    referenceDate: r.reference_date,
    // reports_lang_check and reports_status_check keep both within the contract's lists.
    lang: r.lang as ReportOut['lang'],
    status: r.status as ReportOut['status'],
    // Stored through the contract: parsing again fills defaults a later version of it added.
    sections: reportSections.parse(typeof r.sections === 'string' ? JSON.parse(r.sections) : r.sections),
    version: r.version,
    duplicatedFrom: r.duplicated_from,
    createdBy: r.author,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    finalisedAt: r.finalised_at ? iso(r.finalised_at) : null,
  };
}

/** What the audit log keeps of a report: everything but the timestamps it has itself. */
const auditView = (r: ReportOut) => ({ plan: r.plan, title: r.title, referenceDate: r.referenceDate, lang: r.lang, status: r.status, sections: r.sections });

/** 400 naming each section that quotes an indicator, territory, strategy or axis the database does not have (for this plan). */
async function checkSections(trx: Knex, planId: number, sections: ReportSection[]): Promise<void> {
  const want = (kind: string) => sections.flatMap((s, i) => (s.kind === kind ? [{ s, i }] : []));
  const indicatorCodes = new Set((await publishedOnly(trx('indicators as i')).whereIn('code', want('indicator').map(({ s }) => (s as { indicator: string }).indicator)).select('code')).map((r: { code: string }) => r.code));
  const territoryCodes = new Set(
    (await trx('territories').whereIn('code', want('indicator').flatMap(({ s }) => (s as { territories?: string[] }).territories ?? [])).select('code')).map((r: { code: string }) => r.code),
  );
  const strategies = new Set((await trx('strategies').where({ plan_id: planId }).select('code')).map((r: { code: string }) => r.code));
  const axes = new Set((await trx('axes').where({ plan_id: planId }).select('code')).map((r: { code: string }) => r.code));
  const zones = new Set((await trx('territories').where({ level: 'zona_omogenea' }).select('code')).map((r: { code: string }) => r.code));
  const offices = new Set((await trx('offices').select('code')).map((r: { code: string }) => r.code));
  const issues: InputIssue[] = [];
  sections.forEach((s, i) => {
    if (s.kind === 'indicator') {
      if (!indicatorCodes.has(s.indicator)) issues.push({ name: `sections.${i}.indicator`, message: `no indicator "${s.indicator}"` });
      for (const t of s.territories ?? []) if (!territoryCodes.has(t)) issues.push({ name: `sections.${i}.territories`, message: `no territory "${t}"` });
    }
    if (s.kind === 'strategy' && !strategies.has(s.strategy)) issues.push({ name: `sections.${i}.strategy`, message: `no strategy "${s.strategy}" in this plan` });
    if (s.kind === 'rollup' && s.asse && !axes.has(s.asse)) issues.push({ name: `sections.${i}.asse`, message: `no axis "${s.asse}" in this plan` });
    if (s.kind === 'status-table' && s.zone && !zones.has(s.zone)) issues.push({ name: `sections.${i}.zone`, message: `no zona omogenea "${s.zone}"` });
    if (s.kind === 'status-table' && s.office && !offices.has(s.office)) issues.push({ name: `sections.${i}.office`, message: `no office "${s.office}"` });
  });
  if (issues.length) throw new InvalidParamsError(issues.slice(0, 50));
}

/** The reference date pins the numbers: a date still to come would not. */
function checkReferenceDate(date: string | undefined): void {
  if (date && date > new Date().toISOString().slice(0, 10)) {
    throw new InvalidParamsError([{ name: 'referenceDate', message: 'must not be in the future: the report quotes the data published by that day' }]);
  }
}

/** A final report cannot change: 409 naming it. */
class FrozenReportError extends AppError {
  constructor(id: number) {
    super(409, 'conflict', 'Conflitto / Conflict', `Report ${id} is final: it cannot change. Duplicate it to start a new version.`, [
      { name: 'status', message: 'the report is final' },
    ]);
  }
}

export async function listReports(db: Knex, plan?: string) {
  const query = reportQuery(db).orderBy('r.updated_at', 'desc').orderBy('r.id', 'desc');
  if (plan) query.where('p.code', plan);
  return (await query).map((r) => {
    const { sections, ...rest } = toReport(r);
    return { ...rest, sectionCount: sections.length };
  });
}

export async function getReport(db: Knex, id: number): Promise<ReportOut> {
  const r = await reportQuery(db).where('r.id', id).first();
  if (!r) throw new NotFoundError('Report', String(id));
  return toReport(r);
}

/** A new draft; audited, one transaction. */
export async function createReport(db: Knex, body: ReportCreate, by: Actor): Promise<ReportOut> {
  return db.transaction(async (trx) => {
    checkReferenceDate(body.referenceDate);
    const plan = await findPlanRef(trx, body.plan);
    await checkSections(trx, plan.id, body.sections);
    const [row] = await trx<ReportRow>('reports')
      .insert({ plan_id: plan.id, title: body.title, reference_date: body.referenceDate, lang: body.lang, sections: JSON.stringify(body.sections), created_by: by.userId })
      .returning('id');
    const out = await getReport(trx, row!.id);
    await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'create', resourceType: 'report', resourceId: out.id, after: auditView(out) }]);
    return out;
  });
}

/** Locks a report for a change: 404 when it does not exist, 409 when final or when someone saved since `expectedVersion`. */
async function lockDraft(trx: Knex, id: number, expectedVersion: () => number): Promise<ReportRow> {
  const locked = await trx<ReportRow>('reports').where({ id }).forUpdate().first();
  if (!locked) throw new NotFoundError('Report', String(id));
  const version = expectedVersion();
  if (locked.status === 'final') throw new FrozenReportError(id);
  if (locked.version !== version) {
    throw new ConflictError(`Report ${id} is at version ${locked.version}, not ${version}: someone saved it in the meantime. Reload it and try again.`, {
      currentVersion: locked.version,
    });
  }
  return locked;
}

/** Changes a draft (the fields sent); If-Match version; audited, one transaction. */
export async function updateReport(db: Knex, id: number, patch: ReportPatch, expectedVersion: () => number, by: Actor): Promise<ReportOut> {
  return db.transaction(async (trx) => {
    const locked = await lockDraft(trx, id, expectedVersion);
    checkReferenceDate(patch.referenceDate);
    const before = await getReport(trx, id);
    const row: Partial<ReportRow> = {};
    if (patch.title !== undefined) row.title = patch.title;
    if (patch.referenceDate !== undefined) row.reference_date = patch.referenceDate;
    if (patch.lang !== undefined) row.lang = patch.lang;
    if (patch.sections !== undefined) {
      await checkSections(trx, locked.plan_id, patch.sections);
      row.sections = JSON.stringify(patch.sections);
    }
    await trx<ReportRow>('reports').where({ id }).update({ ...row, version: locked.version + 1, updated_at: trx.fn.now() });
    const after = await getReport(trx, id);
    await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'update', resourceType: 'report', resourceId: id, before: auditView(before), after: auditView(after) }]);
    return after;
  });
}

/** Makes a draft final: frozen from then on. If-Match version; audited. */
export async function finaliseReport(db: Knex, id: number, expectedVersion: () => number, by: Actor): Promise<ReportOut> {
  return db.transaction(async (trx) => {
    const locked = await lockDraft(trx, id, expectedVersion);
    const before = await getReport(trx, id);
    await trx<ReportRow>('reports').where({ id }).update({ status: 'final', finalised_at: trx.fn.now(), version: locked.version + 1, updated_at: trx.fn.now() });
    const after = await getReport(trx, id);
    await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'update', resourceType: 'report', resourceId: id, before: auditView(before), after: auditView(after) }]);
    return after;
  });
}

/** A new draft from any report (final ones included): "start the 2026 update from the 2025 one". */
export async function duplicateReport(db: Knex, id: number, body: { title?: string; referenceDate?: string }, by: Actor): Promise<ReportOut> {
  return db.transaction(async (trx) => {
    checkReferenceDate(body.referenceDate);
    const source = await getReport(trx, id);
    const plan = await findPlanRef(trx, source.plan);
    const title = body.title ?? `${source.title} (${source.lang === 'en' ? 'copy' : 'copia'})`.slice(0, 300);
    const [row] = await trx<ReportRow>('reports')
      .insert({
        plan_id: plan.id,
        title,
        reference_date: body.referenceDate ?? source.referenceDate,
        lang: source.lang,
        sections: JSON.stringify(source.sections),
        duplicated_from: source.id,
        created_by: by.userId,
      })
      .returning('id');
    const out = await getReport(trx, row!.id);
    await writeAudit(trx, [{ actor: by.actor, userId: by.userId, action: 'create', resourceType: 'report', resourceId: out.id, after: { ...auditView(out), duplicatedFrom: source.id } }]);
    return out;
  });
}
