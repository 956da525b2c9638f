import type { Knex } from 'knex';
import type { CoherenceMatrix, CoherenceQuery } from '../../../contract/planning-tools';
import type { ToolKind } from '../../../contract/values';
import type { ActionRow, AxisRow, PlanningObjectiveRow, PlanningToolRow, StrategyRow } from '../../../db/rows';
import { InvalidParamsError } from '../../../errors/errors';
import { BY_CODE, findPlanRef } from '../../../plans/lookup';
import { naturalCompare } from './service';

type Link = { action_id: number; tool: PlanningToolRow['code']; code: PlanningObjectiveRow['code']; title: PlanningObjectiveRow['title'] };

/** The shown tools (all, or the one `strumento` names: 400 naming the field when it does not exist). */
async function shownTools(db: Knex, strumento: string | undefined): Promise<PlanningToolRow[]> {
  const all = (await db<PlanningToolRow>('planning_tools')).sort((a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code));
  if (strumento === undefined) return all;
  const one = all.filter((t) => t.code === strumento);
  if (!one.length) throw new InvalidParamsError([{ name: 'strumento', message: `no planning tool "${strumento}"` }]);
  return one;
}

/**
 * The coherence of the plan with the planning tools, as the page shows it: axes → strategies → actions
 * (only the axis `asse` when given), each action with the objectives of the shown tools it serves;
 * the shown actions that serve none of them; the objectives of the shown tools no action of the plan serves.
 */
export async function getCoherence(db: Knex, planCode: string, q: CoherenceQuery = {}): Promise<CoherenceMatrix> {
  const plan = await findPlanRef(db, planCode);
  const allAxes = await db<AxisRow>('axes').where({ plan_id: plan.id }).orderByRaw(BY_CODE).select('id', 'code', 'title');
  const axes = q.asse === undefined ? allAxes : allAxes.filter((a) => a.code === q.asse);
  if (!axes.length && q.asse !== undefined) throw new InvalidParamsError([{ name: 'asse', message: `no axis "${q.asse}" in ${plan.code}` }]);
  const tools = await shownTools(db, q.strumento);
  const toolIds = tools.map((t) => t.id);
  const strategies = await db<StrategyRow>('strategies')
    .whereIn('axis_id', axes.map((a) => a.id))
    .orderByRaw(BY_CODE)
    .select('id', 'axis_id', 'code', 'title');
  const actions = await db<ActionRow>('actions')
    .whereIn('strategy_id', strategies.map((s) => s.id))
    .orderByRaw(BY_CODE)
    .select('id', 'strategy_id', 'code', 'title');
  const links = await db('action_objectives as ao')
    .join('planning_objectives as o', 'o.id', 'ao.objective_id')
    .join('planning_tools as t', 't.id', 'o.tool_id')
    .whereIn('ao.action_id', actions.map((a) => a.id))
    .whereIn('t.id', toolIds)
    .select<Link[]>('ao.action_id', 't.code as tool', 'o.code', 'o.title');
  const objectives = await db('planning_objectives as o')
    .join('planning_tools as t', 't.id', 'o.tool_id')
    .whereIn('t.id', toolIds)
    .select<(Pick<PlanningObjectiveRow, 'code' | 'title'> & { tool: string; toolKind: ToolKind; served: boolean })[]>(
      't.code as tool',
      't.kind as toolKind',
      'o.code',
      'o.title',
      db.raw(
        'exists (select 1 from action_objectives ao join actions a on a.id = ao.action_id where ao.objective_id = o.id and a.plan_id = ?) as served',
        [plan.id],
      ),
    );
  const toolOrder = new Map(tools.map((t, i) => [t.code, i]));
  const byTool = (a: { tool: string; code: string }, b: { tool: string; code: string }) =>
    toolOrder.get(a.tool)! - toolOrder.get(b.tool)! || naturalCompare(a.code, b.code);
  const linksOf = (actionId: number) => links.filter((l) => l.action_id === actionId).map(({ tool, code, title }) => ({ tool, code, title })).sort(byTool);
  const shownActions = actions.map((a) => ({ code: a.code, title: a.title, strategy_id: a.strategy_id, objectives: linksOf(a.id) }));
  const unlinked = shownActions.filter((a) => !a.objectives.length).map(({ code, title }) => ({ code, title }));
  const unserved = objectives.filter((o) => !o.served).map(({ tool, toolKind, code, title }) => ({ tool, toolKind, code, title })).sort(byTool);
  return {
    plan: plan.code,
    counts: {
      actions: actions.length,
      actionsWithoutObjective: unlinked.length,
      objectives: objectives.length,
      objectivesWithoutAction: unserved.length,
    },
    actionsWithoutObjective: unlinked,
    objectivesWithoutAction: unserved,
    tools: tools.map((t) => ({ code: t.code, kind: t.kind as ToolKind, name: t.name, period: t.period, url: t.url })),
    allAxes: allAxes.map(({ code, title }) => ({ code, title })),
    axes: axes.map((ax) => ({
      code: ax.code,
      title: ax.title,
      strategies: strategies
        .filter((s) => s.axis_id === ax.id)
        .map((s) => ({
          code: s.code,
          title: s.title,
          actions: shownActions.filter((a) => a.strategy_id === s.id).map(({ code, title, objectives: o }) => ({ code, title, objectives: o })),
        })),
    })),
  };
}
