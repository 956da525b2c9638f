import type { Knex } from 'knex';
import type { ObjectiveSearchResult } from '../../../contract/planning-tools';
import type { ToolKind } from '../../../contract/values';
import type { PlanningObjectiveRow, PlanningToolRow } from '../../../db/rows';
import { findTool, naturalCompare } from './service';

/** At most this many objectives in an answer: the search box shows the first ones. */
export const SEARCH_LIMIT = 50;

/** Lower case without accents, so "mobilita" finds "mobilità". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

type Candidate = Pick<PlanningObjectiveRow, 'code' | 'title'> & {
  tool: PlanningToolRow['code'];
  toolKind: ToolKind;
  toolName: PlanningToolRow['name'];
  parent: PlanningObjectiveRow['code'] | null;
};

/**
 * Objectives of every tool (or of `tool`) whose code starts with `q` (case ignored) or whose code
 * and title hold every word of `q` (case and accents ignored): exact codes first, then by tool and code.
 * The objectives are few (hundreds), so they are filtered here rather than in SQL with accent folding.
 */
export async function searchObjectives(db: Knex, q: string, tool?: string): Promise<ObjectiveSearchResult> {
  const query = db('planning_objectives as o')
    .join('planning_tools as t', 't.id', 'o.tool_id')
    .leftJoin('planning_objectives as p', 'p.id', 'o.parent_id')
    .select<Candidate[]>('t.code as tool', 't.kind as toolKind', 't.name as toolName', 'o.code', 'o.title', 'p.code as parent');
  if (tool !== undefined) query.where('t.id', (await findTool(db, tool)).id);
  const needle = fold(q);
  const words = needle.split(/\s+/).filter(Boolean);
  const rank = (c: Candidate): number => {
    const code = fold(c.code);
    if (code === needle) return 0;
    if (code.startsWith(needle)) return 1;
    const text = fold(`${c.code} ${c.title}`);
    return words.every((w) => text.includes(w)) ? 2 : -1;
  };
  const hits = (await query)
    .map((c) => ({ c, r: rank(c) }))
    .filter((h) => h.r >= 0)
    .sort((a, b) => a.r - b.r || a.c.tool.localeCompare(b.c.tool) || naturalCompare(a.c.code, b.c.code));
  return { items: hits.slice(0, SEARCH_LIMIT).map((h) => h.c) };
}
