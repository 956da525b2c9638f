import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { InvalidParamsError, NotFoundError, type InputIssue } from '../../../errors/errors';
import { conflictOnRace } from '../../../errors/sql-state';
import { toCsv } from '../../../lib/csv';
import { findPlanRef } from '../../../plans/lookup';
import type { ActionObjectivesInput, ActionObjectivesOutput, Coherence } from '../../../contract/planning-tools';
import type { ActionObjectiveRow, ActionRow, PlanningObjectiveRow, PlanningToolRow } from '../../../db/rows';
import { naturalCompare } from './service';

/** Kept here too: the reports read the coherence through this module. */
export { getCoherence } from './coherence-matrix';

/** An objective the action serves, with its tool. */
type Link = Pick<PlanningObjectiveRow, 'title'> & Pick<ActionObjectiveRow, 'note'> & { tool: PlanningToolRow['code']; objective: PlanningObjectiveRow['code'] };

/** The action, locked until the transaction ends: concurrent replacements of its set run one after the other. */
async function lockAction(trx: Knex, planCode: string, code: string): Promise<Pick<ActionRow, 'id' | 'code'>> {
  const plan = await findPlanRef(trx, planCode);
  const action = await trx<ActionRow>('actions').where({ plan_id: plan.id, code }).forUpdate().first('id', 'code');
  if (!action) throw new NotFoundError('Action', `${planCode} ${code}`);
  return action;
}

async function linksOf(db: Knex, actionId: number): Promise<ActionObjectivesOutput['objectives']> {
  const rows = await db('action_objectives as ao')
    .join('planning_objectives as o', 'o.id', 'ao.objective_id')
    .join('planning_tools as t', 't.id', 'o.tool_id')
    .where('ao.action_id', actionId)
    .select<Link[]>('t.code as tool', 'o.code as objective', 'o.title', 'ao.note');
  return rows.sort((a, b) => a.tool.localeCompare(b.tool) || naturalCompare(a.objective, b.objective));
}

/** Replaces the set of objectives the action serves; every element is checked before anything is written. */
export function setActionObjectives(db: Knex, actor: Actor, planCode: string, code: string, input: ActionObjectivesInput): Promise<ActionObjectivesOutput> {
  return conflictOnRace(() => db.transaction(async (trx) => {
    const action = await lockAction(trx, planCode, code);
    const issues: InputIssue[] = [];
    const rows = new Map<number, ActionObjectiveRow>();
    for (const [i, link] of input.objectives.entries()) {
      const tool = await trx<PlanningToolRow>('planning_tools').where({ code: link.tool }).first('id');
      if (!tool) {
        issues.push({ name: `objectives.${i}.tool`, message: `no planning tool "${link.tool}"` });
        continue;
      }
      // Shared lock: an objective deleted meanwhile waits for this set (and then takes its link with it).
      const objective = await trx<PlanningObjectiveRow>('planning_objectives').where({ tool_id: tool.id, code: link.objective }).forShare().first('id');
      if (!objective) issues.push({ name: `objectives.${i}.objective`, message: `no objective "${link.objective}" in ${link.tool}` });
      else if (rows.has(objective.id)) issues.push({ name: `objectives.${i}`, message: `${link.tool} ${link.objective} is listed twice` });
      else rows.set(objective.id, { action_id: action.id, objective_id: objective.id, note: link.note ?? null });
    }
    if (issues.length) throw new InvalidParamsError(issues);
    const before = await linksOf(trx, action.id);
    await trx<ActionObjectiveRow>('action_objectives').where({ action_id: action.id }).delete();
    if (rows.size) await trx<ActionObjectiveRow>('action_objectives').insert([...rows.values()]);
    const after = await linksOf(trx, action.id);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'action_objectives', resourceId: `${planCode}/${action.code}`, before, after }]);
    return { plan: planCode, action: action.code, objectives: after };
  }));
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
