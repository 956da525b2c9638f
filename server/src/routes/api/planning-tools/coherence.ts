import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { InvalidParamsError, NotFoundError, type InputIssue } from '../../../errors/errors';
import { toCsv } from '../../../lib/csv';
import { findPlanRef } from '../../../plans/lookup';
import type { ActionObjectivesInput, ActionObjectivesOutput, Coherence } from '../../../contract/planning-tools';
import { naturalCompare } from './service';

const BY_ACTION_CODE = `string_to_array(a.code, '.')::int[]`;

async function findAction(db: Knex, planCode: string, code: string): Promise<{ id: number; code: string }> {
  const plan = await findPlanRef(db, planCode);
  const action = await db('actions').where({ plan_id: plan.id, code }).first('id', 'code');
  if (!action) throw new NotFoundError('Action', `${planCode} ${code}`);
  return action;
}

async function linksOf(db: Knex, actionId: number): Promise<ActionObjectivesOutput['objectives']> {
  const rows = await db('action_objectives as ao')
    .join('planning_objectives as o', 'o.id', 'ao.objective_id')
    .join('planning_tools as t', 't.id', 'o.tool_id')
    .where('ao.action_id', actionId)
    .select('t.code as tool', 'o.code as objective', 'o.title', 'ao.note');
  return rows.sort((a, b) => a.tool.localeCompare(b.tool) || naturalCompare(a.objective, b.objective));
}

/** Replaces the set of objectives the action serves; every element is checked before anything is written. */
export function setActionObjectives(db: Knex, actor: Actor, planCode: string, code: string, input: ActionObjectivesInput): Promise<ActionObjectivesOutput> {
  return db.transaction(async (trx) => {
    const action = await findAction(trx, planCode, code);
    const issues: InputIssue[] = [];
    const rows = new Map<number, { action_id: number; objective_id: number; note: string | null }>();
    for (const [i, link] of input.objectives.entries()) {
      const tool = await trx('planning_tools').where({ code: link.tool }).first('id');
      if (!tool) {
        issues.push({ name: `objectives.${i}.tool`, message: `no planning tool "${link.tool}"` });
        continue;
      }
      const objective = await trx('planning_objectives').where({ tool_id: tool.id, code: link.objective }).first('id');
      if (!objective) issues.push({ name: `objectives.${i}.objective`, message: `no objective "${link.objective}" in ${link.tool}` });
      else if (rows.has(objective.id)) issues.push({ name: `objectives.${i}`, message: `${link.tool} ${link.objective} is listed twice` });
      else rows.set(objective.id, { action_id: action.id, objective_id: objective.id, note: link.note ?? null });
    }
    if (issues.length) throw new InvalidParamsError(issues);
    const before = await linksOf(trx, action.id);
    await trx('action_objectives').where({ action_id: action.id }).delete();
    if (rows.size) await trx('action_objectives').insert([...rows.values()]);
    const after = await linksOf(trx, action.id);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'action_objectives', resourceId: `${planCode}/${action.code}`, before, after }]);
    return { plan: planCode, action: action.code, objectives: after };
  });
}

/** Actions of the plan that serve no objective, and objectives of every tool that no action of the plan serves. */
export async function getCoherence(db: Knex, planCode: string): Promise<Coherence> {
  const plan = await findPlanRef(db, planCode);
  const [actions, unlinked, objectives, unserved] = await Promise.all([
    db('actions').where({ plan_id: plan.id }).count({ n: '*' }).first(),
    db('actions as a')
      .where('a.plan_id', plan.id)
      .whereNotExists(db('action_objectives as ao').whereRaw('ao.action_id = a.id'))
      .select('a.code', 'a.title')
      .orderByRaw(BY_ACTION_CODE),
    db('planning_objectives').count({ n: '*' }).first(),
    db('planning_objectives as o')
      .join('planning_tools as t', 't.id', 'o.tool_id')
      .whereNotExists(
        db('action_objectives as ao').join('actions as a', 'a.id', 'ao.action_id').whereRaw('ao.objective_id = o.id').where('a.plan_id', plan.id),
      )
      .select('t.code as tool', 't.kind as toolKind', 'o.code', 'o.title'),
  ]);
  unserved.sort((a, b) => a.tool.localeCompare(b.tool) || naturalCompare(a.code, b.code));
  return {
    plan: plan.code,
    counts: {
      actions: Number(actions?.n ?? 0),
      actionsWithoutObjective: unlinked.length,
      objectives: Number(objectives?.n ?? 0),
      objectivesWithoutAction: unserved.length,
    },
    actionsWithoutObjective: unlinked,
    objectivesWithoutAction: unserved,
  };
}

/** One CSV of both lists: `issue` is action_without_objective or objective_without_action. */
export const coherenceToCsv = (c: Coherence): string =>
  toCsv(
    ['plan', 'issue', 'tool', 'code', 'title'],
    [
      ...c.actionsWithoutObjective.map((a) => [c.plan, 'action_without_objective', '', a.code, a.title]),
      ...c.objectivesWithoutAction.map((o) => [c.plan, 'objective_without_action', o.tool, o.code, o.title]),
    ],
  );
