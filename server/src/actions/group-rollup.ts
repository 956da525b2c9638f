import type { Knex } from 'knex';
import { toCsv } from '../lib/csv';
import type { RollupGroup, RollupGroups } from '../contract/actions';
import type { RollupGrouping } from '../contract/values';
import { overdueDay } from './overdue';
import { type ActionPlace, type PlanMember, rollUp, rollupInputs } from './rollup';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The sum of the amounts given; null when none is. */
function total(amounts: (number | null)[]): number | null {
  const known = amounts.filter((a): a is number => a !== null);
  return known.length ? round2(known.reduce((t, a) => t + a, 0)) : null;
}

type Place = { code: string; name: string; actionIds: number[] };

/** Places in the order their rows come (code order), each with its actions. */
function places(rows: ActionPlace[]): Place[] {
  const out = new Map<string, Place>();
  for (const r of rows) {
    const p = out.get(r.code) ?? { code: r.code, name: r.name, actionIds: [] };
    p.actionIds.push(r.action_id);
    out.set(r.code, p);
  }
  return [...out.values()];
}

/**
 * The plan's actions grouped by zona omogenea, office or funding source type, with the actions that
 * have none last (code null): counts by status, mean progress, overdue, and the amounts of their
 * fundings (of that source only, for a funding group). An action in several groups counts in each.
 */
export async function groupRollup(
  db: Knex,
  plan: { id: number; code: string },
  by: RollupGrouping,
  currentPeriod: string,
  before?: string,
  today: string = overdueDay(before),
): Promise<RollupGroups> {
  const { statuses, zones, offices, fundings, members } = await rollupInputs(db, plan.id, currentPeriod, before, today);
  const amountOf = new Map<number, (number | null)[]>();
  for (const f of fundings) amountOf.set(f.action_id, [...(amountOf.get(f.action_id) ?? []), f.amount]);
  const group = (code: string | null, name: string | null, ids: number[], amount: number | null): RollupGroup => ({
    code,
    name,
    amount,
    ...rollUp(
      ids.flatMap((id): PlanMember[] => {
        const m = members.get(id);
        return m ? [m] : [];
      }),
      statuses,
    ),
  });
  const groups: RollupGroup[] = [];
  const grouped = new Set<number>();
  if (by === 'finanziamento') {
    const sources = new Map<string, typeof fundings>();
    for (const f of fundings) sources.set(f.source_type, [...(sources.get(f.source_type) ?? []), f]);
    for (const [type, rows] of sources) {
      rows.forEach((r) => grouped.add(r.action_id));
      groups.push(group(type, type, rows.map((r) => r.action_id), total(rows.map((r) => r.amount))));
    }
  } else {
    for (const p of places(by === 'zona' ? zones : offices)) {
      p.actionIds.forEach((id) => grouped.add(id));
      groups.push(group(p.code, p.name, p.actionIds, total(p.actionIds.flatMap((id) => amountOf.get(id) ?? []))));
    }
  }
  const rest = [...members.keys()].filter((id) => !grouped.has(id));
  if (rest.length) groups.push(group(null, null, rest, total(rest.flatMap((id) => amountOf.get(id) ?? []))));
  return { plan: plan.code, by, currentPeriod, overdueOn: today, groups };
}

/** The "non indicato" group's name in a file, in both languages as the headers are language-neutral. */
const NOT_SPECIFIED = 'non indicato / not specified';

/** The grouped roll-up as RFC 4180 CSV: one row per group, one column per status (decimal point). */
export function groupRollupCsv(r: RollupGroups): string {
  const codes = Object.keys(r.groups[0]?.byStatus ?? {});
  const header = ['code', 'name', 'actions', ...codes.map((c) => `status_${c}`), 'no_update', 'to_update', 'overdue', 'with_progress', 'mean_progress', 'weighted_mean_progress', 'amount_eur'];
  const rows = r.groups.map((g) => [
    g.code,
    g.name ?? NOT_SPECIFIED,
    g.actions,
    ...codes.map((c) => g.byStatus[c] ?? 0),
    g.noUpdate,
    g.toUpdate,
    g.overdue,
    g.withProgress,
    g.meanProgress,
    g.weightedMeanProgress,
    g.amount,
  ]);
  return toCsv(header, rows);
}
