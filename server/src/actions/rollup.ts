import type { Knex } from 'knex';
import type { ActionFundingRow, ActionRow, ActionStatusRow, AxisRow, OfficeRow, StrategyRow, TerritoryRow } from '../db/rows';
import { BY_CODE } from '../plans/lookup';
import { actionOverdue, milestonesDue, overdueDay } from './overdue';
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
  /** Open actions past a milestone or their planned end (`overdueOf`). */
  overdue: number;
};

export type RollupMember = { weight: number; state: ActionState; overdue: boolean };

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
  let overdue = 0;
  for (const m of members) {
    if (m.overdue) overdue += 1;
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
    overdue,
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

/** An action of the plan with the code and name of a zone or office it belongs to. */
export type ActionPlace = { action_id: ActionRow['id'] } & Pick<TerritoryRow | OfficeRow, 'code' | 'name'>;
/** The fundings of one source type for one action, summed (null when none gives an amount). */
export type FundingSum = Pick<ActionFundingRow, 'source_type' | 'action_id'> & { amount: number | null };
export type PlanMember = RollupMember & { strategyId: number };

/** What every roll-up of a plan is computed from: a handful of queries side by side, however many groups. */
export async function rollupInputs(db: Knex, planId: number, currentPeriod: string, before: string | undefined, today: string) {
  const ofPlan = (q: Knex.QueryBuilder) => q.where('a.plan_id', planId);
  const [statuses, axes, strategies, actions, zones, offices, fundings, states, milestones] = await Promise.all([
    db<ActionStatusRow>('action_statuses').orderBy('position').pluck('code'),
    db<AxisRow>('axes').where({ plan_id: planId }).orderByRaw(BY_CODE).select('id', 'code', 'title'),
    db<StrategyRow>('strategies').where({ plan_id: planId }).orderByRaw(BY_CODE).select('id', 'code', 'title', 'axis_id'),
    db<ActionRow>('actions').where({ plan_id: planId }).select('id', 'strategy_id', 'weight', 'planned_end', 'actual_end'),
    db('action_territories as at')
      .join('territories as t', 't.id', 'at.territory_id')
      .join('actions as a', 'a.id', 'at.action_id')
      .where({ 'a.plan_id': planId, 't.level': 'zona_omogenea' })
      .orderBy('t.code')
      .select<ActionPlace[]>('at.action_id', 't.code', 't.name'),
    db('actions as a')
      .join('offices as o', 'o.id', 'a.office_id')
      .where('a.plan_id', planId)
      .orderBy('o.code')
      .select<ActionPlace[]>('a.id as action_id', 'o.code', 'o.name'),
    db('action_fundings as f')
      .join('actions as a', 'a.id', 'f.action_id')
      .where('a.plan_id', planId)
      .groupBy('f.source_type', 'f.action_id')
      .orderBy('f.source_type')
      .select<FundingSum[]>('f.source_type', 'f.action_id', db.raw('sum(f.amount)::float8 as amount')),
    actionStates(db, ofPlan, currentPeriod, before),
    milestonesDue(db, ofPlan),
  ]);
  const members = new Map<number, PlanMember>(
    actions.map((a) => {
      const state = states.get(a.id) ?? NO_UPDATE;
      const overdue = actionOverdue(a, state, milestones.get(a.id) ?? [], today) !== null;
      return [a.id, { weight: a.weight, strategyId: a.strategy_id, state, overdue }];
    }),
  );
  return { statuses, axes, strategies, zones, offices, fundings, members };
}

/**
 * Roll-ups of a plan: whole plan, per axis and strategy, and per zona omogenea, office and funding
 * source. `before` (an instant) counts only the updates recorded until then; overdue is judged on `today`.
 */
export async function planRollup(db: Knex, planId: number, currentPeriod: string, before?: string, today: string = overdueDay(before)): Promise<PlanRollup> {
  const { statuses, axes, strategies, zones, offices, fundings, members: member } = await rollupInputs(db, planId, currentPeriod, before, today);
  const all = [...member.values()];
  const strategyRollups = strategies.map((s) => ({
    s,
    rollup: rollUp(all.filter((m) => m.strategyId === s.id), statuses),
  }));
  const axisOf = new Map(strategies.map((s) => [s.id, s.axis_id]));
  const fundingGroups = groupBy(
    fundings,
    (r) => r.source_type,
    (r) => r.source_type,
    (r) => member.get(r.action_id),
  );
  const fundingAmount = (type: string) => {
    const amounts = fundings.flatMap((f) => (f.source_type === type && f.amount !== null ? [f.amount] : []));
    return amounts.length ? round2(amounts.reduce((t, a) => t + a, 0)) : null;
  };
  const named = (g: Group) => ({ code: g.key, name: g.label, ...rollUp(g.members, statuses) });
  return {
    currentPeriod,
    plan: rollUp(all, statuses),
    axes: axes.map((a) => ({
      code: a.code,
      title: a.title,
      ...rollUp(all.filter((m) => axisOf.get(m.strategyId) === a.id), statuses),
    })),
    strategies: strategyRollups.map(({ s, rollup }) => ({
      code: s.code,
      title: s.title,
      axis: axes.find((a) => a.id === s.axis_id)?.code ?? '',
      ...rollup,
    })),
    zones: groupBy(zones, (r) => r.code, (r) => r.name, (r) => member.get(r.action_id)).map(named),
    offices: groupBy(offices, (r) => r.code, (r) => r.name, (r) => member.get(r.action_id)).map(named),
    fundings: fundingGroups.map((g) => ({ sourceType: g.key, amount: fundingAmount(g.key), ...rollUp(g.members, statuses) })),
  };
}
