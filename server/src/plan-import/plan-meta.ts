import type { PlanMeta } from './parse-plan-file';

/** Plan metadata given beside the file (CLI options, form fields). */
export type PlanOptions = {
  title?: string;
  subtitle?: string;
  periodStart?: number;
  /** Defaults to periodStart (a one-year plan). */
  periodEnd?: number;
  declaredAxes?: number;
  declaredStrategies?: number;
  declaredActions?: number;
};

/** The metadata to import: what the file says, overridden by the options given; undefined when there is none. */
export function mergePlanMeta(fromFile: PlanMeta | undefined, o: PlanOptions): PlanMeta | undefined {
  const meta: PlanMeta = {
    ...fromFile,
    ...(o.title ? { title: o.title } : {}),
    ...(o.subtitle ? { subtitle: o.subtitle } : {}),
    ...(o.periodStart ? { period_start: o.periodStart, period_end: o.periodEnd ?? o.periodStart } : {}),
    ...(o.declaredAxes !== undefined ? { declared_axes: o.declaredAxes } : {}),
    ...(o.declaredStrategies !== undefined ? { declared_strategies: o.declaredStrategies } : {}),
    ...(o.declaredActions !== undefined ? { declared_actions: o.declaredActions } : {}),
  };
  return Object.keys(meta).length ? meta : undefined;
}
