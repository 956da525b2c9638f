import type { Knex } from 'knex';
import type { z } from 'zod';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { InvalidParamsError, NotFoundError } from '../../../errors/errors';
import { conflictOnRace, DuplicateError } from '../../../errors/sql-state';
import type {
  ObjectiveCreate,
  ObjectiveNode,
  ObjectivePatch,
  ToolCreate,
  ToolDetail,
  ToolPatch,
  objectiveOutput,
  toolOutput,
  toolSummary,
} from '../../../contract/planning-tools';
import type { ToolKind } from '../../../contract/values';
import type { ActionObjectiveRow, ActionRow, PlanRow, PlanningObjectiveRow as ObjectiveRow, PlanningToolRow as ToolRow } from '../../../db/rows';
import { definedOnly } from '../../../lib/defined-only';

/** Orders objective codes naturally (1.2 < 1.10, OS-2 < OS-10). */
export const naturalCompare = (a: string, b: string) => a.localeCompare(b, 'it', { numeric: true });

/** A tool as the API shows it; planning_tools_kind_check keeps `kind` within TOOL_KINDS. */
const toolOut = (t: ToolRow): z.infer<typeof toolOutput> => ({ code: t.code, kind: t.kind as ToolKind, name: t.name, period: t.period, url: t.url });

export async function findTool(db: Knex, code: string): Promise<ToolRow> {
  const row = await db<ToolRow>('planning_tools').where({ code }).first();
  if (!row) throw new NotFoundError('Planning tool', code);
  return row;
}

/**
 * The tool, locked until the transaction ends: writes to a tool's objectives run one after the other,
 * so a code checked free is still free at the insert and two moves of a parent cannot make a cycle.
 */
async function lockTool(trx: Knex, code: string): Promise<ToolRow> {
  const row = await trx<ToolRow>('planning_tools').where({ code }).forUpdate().first();
  if (!row) throw new NotFoundError('Planning tool', code);
  return row;
}

async function findObjective(db: Knex, tool: ToolRow, code: string): Promise<ObjectiveRow> {
  const row = await db<ObjectiveRow>('planning_objectives').where({ tool_id: tool.id, code }).first();
  if (!row) throw new NotFoundError('Objective', `${tool.code}/${code}`);
  return row;
}

export async function listTools(db: Knex): Promise<z.infer<typeof toolSummary>[]> {
  const rows = await db('planning_tools as t').select<(ToolRow & { objective_count: number; linked_count: number; link_count: number })[]>(
    't.*',
    db.raw('(select count(*) from planning_objectives o where o.tool_id = t.id)::int as objective_count'),
    db.raw(
      '(select count(*) from planning_objectives o where o.tool_id = t.id and exists (select 1 from action_objectives ao where ao.objective_id = o.id))::int as linked_count',
    ),
    db.raw('(select count(*) from action_objectives ao join planning_objectives o on o.id = ao.objective_id where o.tool_id = t.id)::int as link_count'),
  );
  return rows
    .map((r) => ({ ...toolOut(r), objectiveCount: r.objective_count, linkedObjectiveCount: r.linked_count, linkCount: r.link_count }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code));
}

/** The tool with its objectives as a tree, each with the actions (of any plan) it serves. */
export async function getTool(db: Knex, code: string): Promise<ToolDetail> {
  const tool = await findTool(db, code);
  const objectives = await db<ObjectiveRow>('planning_objectives').where({ tool_id: tool.id });
  const links = await db('action_objectives as ao')
    .join('planning_objectives as o', 'o.id', 'ao.objective_id')
    .join('actions as a', 'a.id', 'ao.action_id')
    .join('plans as p', 'p.id', 'a.plan_id')
    .where('o.tool_id', tool.id)
    .select<(Pick<ActionObjectiveRow, 'objective_id' | 'note'> & Pick<ActionRow, 'code' | 'title'> & { plan: PlanRow['code']; period_start: PlanRow['period_start'] })[]>(
      'ao.objective_id',
      'ao.note',
      'a.code',
      'a.title',
      'p.code as plan',
      'p.period_start',
    )
    .orderBy('p.period_start', 'desc')
    .orderByRaw(`string_to_array(a.code, '.')::int[]`);
  const node = (o: ObjectiveRow): ObjectiveNode => ({
    code: o.code,
    title: o.title,
    sourceUrl: o.source_url,
    actions: links.filter((l) => l.objective_id === o.id).map((l) => ({ plan: l.plan, code: l.code, title: l.title, note: l.note })),
    children: childrenOf(o.id),
  });
  const childrenOf = (parentId: number | null): ObjectiveNode[] =>
    objectives
      .filter((o) => o.parent_id === parentId)
      .sort((a, b) => naturalCompare(a.code, b.code))
      .map(node);
  return { ...toolOut(tool), objectiveCount: objectives.length, objectives: childrenOf(null) };
}

/** The 409 for a code already taken, the same whether the check saw it or a concurrent insert won the race. */
const codeTaken = (what: string, code: string) => new DuplicateError({ name: 'code', message: `${what} "${code}" already exists` });

async function assertCodeFree(
  trx: Knex,
  table: 'planning_tools' | 'planning_objectives',
  where: Partial<Pick<ObjectiveRow, 'tool_id' | 'code'>>,
  what: string,
): Promise<void> {
  if (await trx<ToolRow | ObjectiveRow>(table).where(where).first()) throw codeTaken(what, String(where.code));
}

export function createTool(db: Knex, actor: Actor, input: ToolCreate): Promise<z.infer<typeof toolOutput>> {
  return conflictOnRace(() => db.transaction(async (trx) => {
    await assertCodeFree(trx, 'planning_tools', { code: input.code }, 'A planning tool');
    const [row] = await trx<ToolRow>('planning_tools')
      .insert({ code: input.code, kind: input.kind, name: input.name, period: input.period ?? null, url: input.url ?? null })
      .returning('*');
    const after = toolOut(row!);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'planning_tool', resourceId: after.code, after }]);
    return after;
  }), () => codeTaken('A planning tool', input.code));
}

export function updateTool(db: Knex, actor: Actor, code: string, input: ToolPatch): Promise<z.infer<typeof toolOutput>> {
  return conflictOnRace(() => db.transaction(async (trx) => {
    const tool = await lockTool(trx, code);
    if (input.code !== undefined && input.code !== tool.code) await assertCodeFree(trx, 'planning_tools', { code: input.code }, 'A planning tool');
    const changes = definedOnly(input);
    const [row] = Object.keys(changes).length ? await trx<ToolRow>('planning_tools').where({ id: tool.id }).update(changes).returning('*') : [tool];
    const after = toolOut(row!);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'planning_tool', resourceId: after.code, before: toolOut(tool), after }]);
    return after;
  }), () => codeTaken('A planning tool', input.code ?? code));
}

/** Deletes the tool, its objectives and their links to actions (all recorded in the audit). */
export function deleteTool(db: Knex, actor: Actor, code: string): Promise<{ deleted: string }> {
  return db.transaction(async (trx) => {
    const tool = await lockTool(trx, code);
    const before = { ...toolOut(tool), objectives: (await getTool(trx, code)).objectives };
    // Children first: parent_id has no cascade.
    await trx<ObjectiveRow>('planning_objectives').where({ tool_id: tool.id }).update({ parent_id: null });
    await trx<ToolRow>('planning_tools').where({ id: tool.id }).delete();
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'delete', resourceType: 'planning_tool', resourceId: tool.code, before }]);
    return { deleted: tool.code };
  });
}

const objectiveOut = (tool: ToolRow, o: ObjectiveRow, parentCode: string | null): z.infer<typeof objectiveOutput> => ({
  tool: tool.code,
  code: o.code,
  title: o.title,
  parent: parentCode,
  sourceUrl: o.source_url,
});

/** The parent's id, checked: same tool (it is looked up there), and not the objective itself or one below it. */
async function parentId(trx: Knex, tool: ToolRow, parentCode: string | null | undefined, self?: ObjectiveRow): Promise<number | null> {
  if (parentCode == null) return null;
  const parent = await trx<ObjectiveRow>('planning_objectives').where({ tool_id: tool.id, code: parentCode }).first();
  if (!parent) throw new InvalidParamsError([{ name: 'parent', message: `no objective "${parentCode}" in ${tool.code}` }]);
  if (self) {
    for (let at: ObjectiveRow | undefined = parent; at; at = at.parent_id ? await trx<ObjectiveRow>('planning_objectives').where({ id: at.parent_id }).first() : undefined) {
      if (at.id === self.id) throw new InvalidParamsError([{ name: 'parent', message: `"${parentCode}" is ${self.code} or one of its sub-objectives (a cycle)` }]);
    }
  }
  return parent.id;
}

async function codeOf(trx: Knex, id: number | null): Promise<string | null> {
  return id === null ? null : (await trx<ObjectiveRow>('planning_objectives').where({ id }).first('code'))!.code;
}

export function createObjective(db: Knex, actor: Actor, toolCode: string, input: ObjectiveCreate): Promise<z.infer<typeof objectiveOutput>> {
  return conflictOnRace(() => db.transaction(async (trx) => {
    const tool = await lockTool(trx, toolCode);
    await assertCodeFree(trx, 'planning_objectives', { tool_id: tool.id, code: input.code }, `An objective of ${tool.code}`);
    const parent_id = await parentId(trx, tool, input.parent);
    const [row] = await trx<ObjectiveRow>('planning_objectives')
      .insert({ tool_id: tool.id, code: input.code, title: input.title, parent_id, source_url: input.sourceUrl ?? null })
      .returning('*');
    const after = objectiveOut(tool, row!, input.parent ?? null);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'planning_objective', resourceId: `${tool.code}/${after.code}`, after }]);
    return after;
  }), () => codeTaken(`An objective of ${toolCode}`, input.code));
}

export function updateObjective(db: Knex, actor: Actor, toolCode: string, code: string, input: ObjectivePatch): Promise<z.infer<typeof objectiveOutput>> {
  return conflictOnRace(() => db.transaction(async (trx) => {
    const tool = await lockTool(trx, toolCode);
    const current = await findObjective(trx, tool, code);
    if (input.code !== undefined && input.code !== current.code) {
      await assertCodeFree(trx, 'planning_objectives', { tool_id: tool.id, code: input.code }, `An objective of ${tool.code}`);
    }
    const changes: Partial<ObjectiveRow> = {};
    if (input.code !== undefined) changes.code = input.code;
    if (input.title !== undefined) changes.title = input.title;
    if (input.sourceUrl !== undefined) changes.source_url = input.sourceUrl;
    if (input.parent !== undefined) changes.parent_id = await parentId(trx, tool, input.parent, current);
    const [updated] = Object.keys(changes).length ? await trx<ObjectiveRow>('planning_objectives').where({ id: current.id }).update(changes).returning('*') : [current];
    const row = updated!;
    const before = objectiveOut(tool, current, await codeOf(trx, current.parent_id));
    const after = objectiveOut(tool, row, await codeOf(trx, row.parent_id));
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'planning_objective', resourceId: `${tool.code}/${row.code}`, before, after }]);
    return after;
  }), () => codeTaken(`An objective of ${toolCode}`, input.code ?? code));
}

/** Deletes an objective with no sub-objectives, and its links to actions. */
export function deleteObjective(db: Knex, actor: Actor, toolCode: string, code: string): Promise<{ deleted: string }> {
  return db.transaction(async (trx) => {
    const tool = await lockTool(trx, toolCode);
    const current = await findObjective(trx, tool, code);
    const children = await trx<ObjectiveRow>('planning_objectives').where({ parent_id: current.id }).pluck('code');
    if (children.length) {
      throw new InvalidParamsError([{ name: 'objCode', message: `${code} has sub-objectives (${children.sort(naturalCompare).join(', ')}): delete or move them first` }]);
    }
    const links = await trx('action_objectives as ao')
      .join('actions as a', 'a.id', 'ao.action_id')
      .join('plans as p', 'p.id', 'a.plan_id')
      .where('ao.objective_id', current.id)
      .select<({ plan: PlanRow['code']; action: ActionRow['code'] } & Pick<ActionObjectiveRow, 'note'>)[]>('p.code as plan', 'a.code as action', 'ao.note');
    await trx<ObjectiveRow>('planning_objectives').where({ id: current.id }).delete();
    const before = { ...objectiveOut(tool, current, await codeOf(trx, current.parent_id)), links };
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'delete', resourceType: 'planning_objective', resourceId: `${tool.code}/${code}`, before }]);
    return { deleted: `${tool.code}/${code}` };
  });
}
