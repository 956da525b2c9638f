import type { CoherenceMatrix } from '@psm/server/contract';

type Action = CoherenceMatrix['axes'][number]['strategies'][number]['actions'][number];
export type MatrixRow =
  | { kind: 'axis'; code: string; title: string }
  | { kind: 'strategy'; code: string; title: string }
  | { kind: 'action'; code: string; title: string; byTool: Map<string, Action['objectives']>; flagged: boolean };

/** The matrix as table rows: an axis, its strategies, each followed by its actions (with their objectives by tool). */
export function matrixRows(m: CoherenceMatrix): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (const ax of m.axes) {
    rows.push({ kind: 'axis', code: ax.code, title: ax.title });
    for (const s of ax.strategies) {
      rows.push({ kind: 'strategy', code: s.code, title: s.title });
      for (const a of s.actions) {
        const byTool = new Map(m.tools.map((t) => [t.code, a.objectives.filter((o) => o.tool === t.code)]));
        rows.push({ kind: 'action', code: a.code, title: a.title, byTool, flagged: a.objectives.length === 0 });
      }
    }
  }
  return rows;
}

/** The objectives no action serves, grouped by tool (in the tools' order). */
export function unservedByTool(m: CoherenceMatrix) {
  return m.tools
    .map((t) => ({ tool: t, objectives: m.objectivesWithoutAction.filter((o) => o.tool === t.code) }))
    .filter((g) => g.objectives.length > 0);
}
