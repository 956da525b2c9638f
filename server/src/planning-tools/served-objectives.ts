import type { Knex } from 'knex';
import type { ActionObjective } from '../contract/actions';
import type { ToolKind } from '../contract/values';
import type { ActionObjectiveRow, PlanningObjectiveRow, PlanningToolRow } from '../db/rows';

type Served = Pick<PlanningObjectiveRow, 'code' | 'title'> &
  Pick<ActionObjectiveRow, 'note'> & { tool: PlanningToolRow['code']; toolKind: ToolKind; toolName: PlanningToolRow['name']; toolUrl: PlanningToolRow['url'] };

/** The objectives the action serves, each with its tool, by tool (kind, code) and objective code (1.2 < 1.10). */
export async function servedObjectives(db: Knex, actionId: number): Promise<ActionObjective[]> {
  const rows = await db('action_objectives as ao')
    .join('planning_objectives as o', 'o.id', 'ao.objective_id')
    .join('planning_tools as t', 't.id', 'o.tool_id')
    .where('ao.action_id', actionId)
    .select<Served[]>('t.code as tool', 't.kind as toolKind', 't.name as toolName', 't.url as toolUrl', 'o.code', 'o.title', 'ao.note');
  return rows.sort(
    (a, b) => a.toolKind.localeCompare(b.toolKind) || a.tool.localeCompare(b.tool) || a.code.localeCompare(b.code, 'it', { numeric: true }),
  );
}
