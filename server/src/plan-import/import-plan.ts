import type { Knex } from 'knex';
import { writeAudit } from '../audit/audit';
import type { ActionRow, AxisRow, PlanRow, StrategyRow } from '../db/rows';
import { httpUrlProblem } from '../contract/http-url';
import { InvalidFileError, type InputIssue } from '../errors/errors';
import type { PlanMeta, PlanRow as PlanFileRow } from './parse-plan-file';

const LEVELS = ['axes', 'strategies', 'actions'] as const;
type Level = (typeof LEVELS)[number];
const CODE_PATTERN = /^[1-9][0-9]*(\.[1-9][0-9]*){0,2}$/;

export type PlanImportResult = {
  plan: string;
  created: Record<Level, number>;
  updated: Record<Level, number>;
  unchanged: number;
};

/** A row of axes, strategies or actions: the axes' columns are those all three share; then each level's parent. */
type PlanItemRow = AxisRow & Partial<Pick<StrategyRow, 'axis_id'> & Pick<ActionRow, 'strategy_id'>>;
type ExistingItem = Pick<PlanItemRow, 'id' | 'code' | 'title' | 'description' | 'source_url'>;

const parentOf = (code: string) => code.split('.').slice(0, -1).join('.');
const levelOf = (code: string): Level => LEVELS[code.split('.').length - 1] as Level;
const RESOURCE: Record<Level, string> = { axes: 'axis', strategies: 'strategy', actions: 'action' };

/** Checks the rows on their own and against what the plan already holds; returns every problem found. */
export function validatePlanRows(rows: PlanFileRow[], existingCodes: Set<string>): InputIssue[] {
  const issues: InputIssue[] = [];
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    if (!r.code) {
      issues.push({ row: r.row, column: 'code', message: 'code is missing' });
      continue;
    }
    if (!CODE_PATTERN.test(r.code)) {
      issues.push({
        row: r.row,
        column: 'code',
        message: `"${r.code}" is not a plan code: use 1 (axis), 1.2 (strategy) or 1.2.3 (action)`,
      });
      continue;
    }
    const seen = firstRow.get(r.code);
    if (seen !== undefined) {
      issues.push({ row: r.row, column: 'code', message: `duplicate code "${r.code}" (first at row ${seen})` });
      continue;
    }
    firstRow.set(r.code, r.row);
    if (!r.title) issues.push({ row: r.row, column: 'title', message: `title is missing for "${r.code}"` });
    const badUrl = r.sourceUrl ? httpUrlProblem(r.sourceUrl) : null;
    if (badUrl) issues.push({ row: r.row, column: 'source_url', message: badUrl });
    const expectedParent = parentOf(r.code);
    if (r.parentCode && r.parentCode !== expectedParent) {
      issues.push({
        row: r.row,
        column: 'parent_code',
        message: expectedParent
          ? `parent code "${r.parentCode}" does not match code "${r.code}" (expected "${expectedParent}")`
          : `"${r.code}" is an axis and has no parent, but "${r.parentCode}" was given`,
      });
    }
  }
  for (const r of rows) {
    if (!CODE_PATTERN.test(r.code) || firstRow.get(r.code) !== r.row) continue;
    const parent = parentOf(r.code);
    if (parent && !firstRow.has(parent) && !existingCodes.has(parent)) {
      issues.push({
        row: r.row,
        column: 'parent_code',
        message: `parent "${parent}" of "${r.code}" is neither in the file nor in the plan`,
      });
    }
  }
  return issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

export type ImportPlanInput = {
  fileName: string;
  planCode: string;
  rows: PlanFileRow[];
  /** Creates the plan (or updates its metadata) when given. */
  plan?: PlanMeta;
  actor: string;
  userId?: number | null;
};

/**
 * Loads plan entries in one transaction: all or nothing. Existing entries keep their id (and so
 * their links and history); a changed title or description is updated and its old text kept in
 * the audit log; entries missing from the file are left as they are.
 */
export async function importPlan(db: Knex, input: ImportPlanInput): Promise<PlanImportResult> {
  return db.transaction(async (trx) => {
    let plan = await trx<PlanRow>('plans').where({ code: input.planCode }).first();
    if (!plan) {
      if (!input.plan?.title) {
        throw new InvalidFileError(input.fileName, [
          { name: 'plan', message: `plan "${input.planCode}" does not exist; give its title to create it` },
        ]);
      }
      const [created] = await trx<PlanRow>('plans')
        .insert({ code: input.planCode, ...planColumns(input.plan) })
        .returning('*');
      plan = created!;
      await writeAudit(trx, [
        { actor: input.actor, userId: input.userId, action: 'create', resourceType: 'plan', resourceId: plan.id, after: plan },
      ]);
    } else if (input.plan && Object.keys(planColumns(input.plan)).length) {
      await trx<PlanRow>('plans').where({ id: plan.id }).update({ ...planColumns(input.plan), updated_at: trx.fn.now() });
    }

    const existing = new Map<Level, Map<string, ExistingItem>>();
    for (const level of LEVELS) {
      const items: ExistingItem[] = await trx<PlanItemRow>(level)
        .where({ plan_id: plan.id })
        .select('id', 'code', 'title', 'description', 'source_url');
      existing.set(level, new Map(items.map((i) => [i.code, i])));
    }
    const allCodes = new Set(LEVELS.flatMap((l) => [...(existing.get(l)?.keys() ?? [])]));
    const issues = validatePlanRows(input.rows, allCodes);
    if (issues.length) throw new InvalidFileError(input.fileName, issues);

    const result: PlanImportResult = {
      plan: input.planCode,
      created: { axes: 0, strategies: 0, actions: 0 },
      updated: { axes: 0, strategies: 0, actions: 0 },
      unchanged: 0,
    };
    const ids = new Map<string, number>();
    for (const level of LEVELS) for (const item of existing.get(level)!.values()) ids.set(item.code, item.id);

    const sorted = [...input.rows].sort((a, b) => a.code.split('.').length - b.code.split('.').length);
    for (const [position, r] of sorted.entries()) {
      const level = levelOf(r.code);
      const current = existing.get(level)!.get(r.code);
      const text = { title: r.title, description: r.description || null, source_url: r.sourceUrl || null };
      if (current) {
        const changed =
          current.title !== text.title ||
          (text.description !== null && current.description !== text.description) ||
          (text.source_url !== null && current.source_url !== text.source_url);
        if (!changed) {
          result.unchanged++;
          continue;
        }
        const patch = {
          title: text.title,
          description: text.description ?? current.description,
          source_url: text.source_url ?? current.source_url,
        };
        await trx<PlanItemRow>(level).where({ id: current.id }).update({ ...patch, updated_at: trx.fn.now() });
        await writeAudit(trx, [
          {
            actor: input.actor,
            userId: input.userId,
            action: 'update',
            resourceType: RESOURCE[level],
            resourceId: current.id,
            before: { code: current.code, title: current.title, description: current.description, source_url: current.source_url },
            after: { code: r.code, ...patch },
          },
        ]);
        result.updated[level]++;
        continue;
      }
      const parentId = ids.get(parentOf(r.code));
      const row = {
        plan_id: plan.id,
        code: r.code,
        ...text,
        position,
        ...(level === 'strategies' ? { axis_id: parentId } : {}),
        ...(level === 'actions' ? { strategy_id: parentId } : {}),
      };
      const [inserted] = await trx<PlanItemRow>(level).insert(row).returning('id');
      const id = inserted!.id;
      ids.set(r.code, id);
      await writeAudit(trx, [
        { actor: input.actor, userId: input.userId, action: 'create', resourceType: RESOURCE[level], resourceId: id, after: row },
      ]);
      result.created[level]++;
    }
    return result;
  });
}

const PLAN_COLUMNS = ['title', 'subtitle', 'period_start', 'period_end', 'declared_axes', 'declared_strategies', 'declared_actions'] as const satisfies (keyof PlanRow)[];

/** The plan's columns the metadata gives (a value left out does not change). */
function planColumns(meta: PlanMeta): Partial<Pick<PlanMeta, (typeof PLAN_COLUMNS)[number]>> {
  return Object.fromEntries(PLAN_COLUMNS.filter((k) => meta[k] !== undefined && meta[k] !== null).map((k) => [k, meta[k]]));
}
