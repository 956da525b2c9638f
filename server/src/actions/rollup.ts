import type { Knex } from 'knex';
import { BY_CODE } from '../plans/lookup';
import { type ActionState, actionStates, NO_UPDATE } from './state';

/** Summary of a group of actions (a plan, axis, strategy, zone, office or funding source). */
export type Rollup = {
  actions: number;
  /** Actions by current status code, every status of the vocabulary listed (0 when none). */
  byStatus: Record<string, number>;
  /** Actions never updated ("nessun aggiornamento"). */
  noUpdate: number;
  /** Actions "da aggiornare" (includes those never updated). */
  toUpdate: number;
  /** Actions whose latest update gives a progress: the means are over these only. */
  withProgress: number;
  meanProgress: number | null;
  /** Mean progress weighted by `actions.weight`; null when no action with progress has weight. */
  weightedMeanProgress: number | null;
};

export type RollupMember = { weight: number; state: ActionState };

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Counts and mean progress of `members`; actions without a known progress are left out of the means, not taken as 0. */
export function rollUp(members: RollupMember[], statusCodes: string[]): Rollup {
  const byStatus: Record<string, number> = Object.fromEntries(statusCodes.map((c) => [c, 0]));
  let noUpdate = 0;
  let toUpdate = 0;
  let n = 0;
  let sum = 0;
  let wSum = 0;
  let w = 0;
  for (const m of members) {
    if (m.state.status) byStatus[m.state.status.code] = (byStatus[m.state.status.code] ?? 0) + 1;
    else noUpdate += 1;
    if (m.state.toUpdate) toUpdate += 1;
    if (m.state.progress !== null) {
      n += 1;
      sum += m.state.progress;
      wSum += m.weight * m.state.progress;
      w += m.weight;
    }
  }
  return {
    actions: members.length,
    byStatus,
    noUpdate,
    toUpdate,
    withProgress: n,
    meanProgress: n ? round2(sum / n) : null,
    weightedMeanProgress: w > 0 ? round2(wSum / w) : null,
  };
}

type Group = { key: string; label: string; members: RollupMember[] };

function groupBy<T>(rows: T[], key: (r: T) => string, label: (r: T) => string, member: (r: T) => RollupMember | undefined): Group[] {
  const groups = new Map<string, Group>();
  for (const r of rows) {
    const m = member(r);
    if (!m) continue;
    const k = key(r);
    const g = groups.get(k) ?? { key: k, label: label(r), members: [] };
    g.members.push(m);
    groups.set(k, g);
  }
  return [...groups.values()];
}

export type PlanRollup = {
  currentPeriod: string;
  plan: Rollup;
  axes: (Rollup & { code: string; title: string })[];
  strategies: (Rollup & { code: string; title: string; axis: string })[];
  zones: (Rollup & { code: string; name: string })[];
  offices: (Rollup & { code: string; name: string })[];
  /** By funding source type; an action with several sources counts in each. `amount` sums the fundings. */
  fundings: (Rollup & { sourceType: string; amount: number | null })[];
};

/** Roll-ups of a plan: whole plan, per axis and strategy, and per zona omogenea, office and funding source. */
export async function planRollup(db: Knex, planId: number, currentPeriod: string): Promise<PlanRollup> {
  const [statuses, axes, strategies, actions, zones, offices, fundings, states] = await Promise.all([
    db('action_statuses').orderBy('position').pluck('code') as Promise<string[]>,
    db('axes').where({ plan_id: planId }).orderByRaw(BY_CODE).select('id', 'code', 'title'),
    db('strategies').where({ plan_id: planId }).orderByRaw(BY_CODE).select('id', 'code', 'title', 'axis_id'),
    db('actions').where({ plan_id: planId }).select('id', 'strategy_id', 'weight'),
    db('action_territories as at')
      .join('territories as t', 't.id', 'at.territory_id')
      .join('actions as a', 'a.id', 'at.action_id')
      .where({ 'a.plan_id': planId, 't.level': 'zona_omogenea' })
      .orderBy('t.code')
      .select('at.action_id', 't.code', 't.name'),
    db('actions as a').join('offices as o', 'o.id', 'a.office_id').where('a.plan_id', planId).orderBy('o.code').select('a.id as action_id', 'o.code', 'o.name'),
    db('action_fundings as f')
      .join('actions as a', 'a.id', 'f.action_id')
      .where('a.plan_id', planId)
      .groupBy('f.source_type', 'f.action_id')
      .orderBy('f.source_type')
      .select('f.source_type', 'f.action_id', db.raw('sum(f.amount)::float8 as amount')),
    actionStates(db, (q) => q.where('a.plan_id', planId), currentPeriod),
  ]);
  const member = new Map<number, RollupMember & { strategyId: number }>(
    actions.map((a: { id: number; strategy_id: number; weight: number | string }) => [
      a.id,
      { weight: Number(a.weight), strategyId: a.strategy_id, state: states.get(a.id) ?? NO_UPDATE },
    ]),
  );
  const all = [...member.values()];
  const strategyRollups = strategies.map((s: { id: number; code: string; title: string; axis_id: number }) => ({
    s,
    rollup: rollUp(all.filter((m) => m.strategyId === s.id), statuses),
  }));
  const axisOf = new Map<number, number>(strategies.map((s: { id: number; axis_id: number }) => [s.id, s.axis_id]));
  const fundingGroups = groupBy(
    fundings as { source_type: string; action_id: number; amount: number | null }[],
    (r) => r.source_type,
    (r) => r.source_type,
    (r) => member.get(r.action_id),
  );
  const fundingAmount = (type: string) => {
    const amounts = (fundings as { source_type: string; amount: number | null }[]).filter((f) => f.source_type === type && f.amount !== null);
    return amounts.length ? round2(amounts.reduce((t, f) => t + Number(f.amount), 0)) : null;
  };
  const named = (g: Group) => ({ code: g.key, name: g.label, ...rollUp(g.members, statuses) });
  return {
    currentPeriod,
    plan: rollUp(all, statuses),
    axes: axes.map((a: { id: number; code: string; title: string }) => ({
      code: a.code,
      title: a.title,
      ...rollUp(all.filter((m) => axisOf.get(m.strategyId) === a.id), statuses),
    })),
    strategies: strategyRollups.map(({ s, rollup }) => ({
      code: s.code,
      title: s.title,
      axis: axes.find((a: { id: number }) => a.id === s.axis_id)?.code ?? '',
      ...rollup,
    })),
    zones: groupBy(zones as { action_id: number; code: string; name: string }[], (r) => r.code, (r) => r.name, (r) => member.get(r.action_id)).map(named),
    offices: groupBy(offices as { action_id: number; code: string; name: string }[], (r) => r.code, (r) => r.name, (r) => member.get(r.action_id)).map(named),
    fundings: fundingGroups.map((g) => ({ sourceType: g.key, amount: fundingAmount(g.key), ...rollUp(g.members, statuses) })),
  };
}
