// Answers of the level endpoints for component tests (shapes from the server's zod schemas).
import type { PlanContext, PlanRollup, Rollup, TrendCounts } from '@psm/server/contract';

export function rollupOf(extra: Partial<Rollup> = {}): Rollup {
  return { actions: 0, byStatus: {}, noUpdate: 0, toUpdate: 0, withProgress: 0, meanProgress: null, weightedMeanProgress: null, overdue: 0, ...extra };
}

export const countsOf = (extra: Partial<TrendCounts> = {}): TrendCounts => ({
  indicators: 0,
  improving: 0,
  worsening: 0,
  stable: 0,
  other: 0,
  demonstration: 0,
  ...extra,
});

const AXIS_1 = 'Torino Metropoli più produttiva e innovativa';
const AXIS_2 = 'Torino Metropoli più verde ed ecologica';

/** Roll-up matching planTreeOf(): axis 1 (strategy 1.3) with three actions, axis 2 (2.1) with one, not yet updated. */
export function planRollupOf(): PlanRollup {
  const one = rollupOf({ actions: 3, byStatus: { in_corso: 2, completata: 1 }, toUpdate: 1, withProgress: 3, meanProgress: 62.5 });
  const two = rollupOf({ actions: 1, noUpdate: 1, toUpdate: 1 });
  return {
    currentPeriod: '2024-S2',
    plan: rollupOf({ actions: 4, byStatus: { in_corso: 2, completata: 1 }, noUpdate: 1, toUpdate: 2, withProgress: 3, meanProgress: 62.5, overdue: 1 }),
    axes: [
      { code: '1', title: AXIS_1, ...one },
      { code: '2', title: AXIS_2, ...two },
    ],
    strategies: [
      { code: '1.3', title: 'Stimolare innovazione nel sistema delle PMI', axis: '1', ...one },
      { code: '2.1', title: 'Costruire e infrastrutturare la metropoli verde', axis: '2', ...two },
    ],
    zones: [],
    offices: [],
    fundings: [],
  };
}

/** Context trend matching planTreeOf(): axis 1 has three indicators, axis 2 none. */
export function planContextOf(): PlanContext {
  const one = countsOf({ indicators: 3, improving: 2, worsening: 1, demonstration: 3 });
  return {
    plan: { code: 'psm-2021-2023', title: 'Piano strategico metropolitano 2021-2023', ...one },
    territory: { code: 'ITC11', name: 'Città metropolitana di Torino' },
    axes: [
      { code: '1', title: AXIS_1, ...one },
      { code: '2', title: AXIS_2, ...countsOf() },
    ],
    strategies: [
      { code: '1.3', title: 'Stimolare innovazione nel sistema delle PMI', axis: '1', ...one },
      { code: '2.1', title: 'Costruire e infrastrutturare la metropoli verde', axis: '2', ...countsOf() },
    ],
  };
}
