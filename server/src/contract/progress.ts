import { z } from 'zod';
import { planParams } from './plans';
import { PROGRESS_STATUSES } from './values';

/** Progress of a series towards a target (docs/progress-method.md). */
export const targetProgress = z.object({
  status: z.enum(PROGRESS_STATUSES),
  /** Why not computable: no_polarity, no_values, too_few_values, too_few_after_break, target_not_after_base, bad_target. */
  reason: z.string().optional(),
  /** cagr: rates are yearly growth fractions (0.021 = +2.1 %); linear: units per year (a value ≤ 0 makes the CAGR undefined). */
  rateKind: z.enum(['cagr', 'linear']).nullable(),
  baseYear: z.number().int().nullable(),
  baseValue: z.number().nullable(),
  latestYear: z.number().int().nullable(),
  latestValue: z.number().nullable(),
  actualRate: z.number().nullable(),
  requiredRate: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  targetValue: z.number(),
});
export type TargetProgress = z.infer<typeof targetProgress>;

/** Indicators per progress status (one headline target each), every status present. */
export const progressCounts = z.object(Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, z.number().int()])) as Record<(typeof PROGRESS_STATUSES)[number], z.ZodNumber>);
export type ProgressCounts = z.infer<typeof progressCounts>;

/** The method's settings in force. */
export const progressMethod = z.object({
  thresholds: z.object({ onTrack: z.number(), moderate: z.number() }),
  /** Earliest base year; null: the first value after the most recent break in series. */
  baseYear: z.number().int().nullable(),
});
export type ProgressMethod = z.infer<typeof progressMethod>;

export const planProgressParams = planParams;

const counted = z.object({ code: z.string(), counts: progressCounts });

/** Progress of the plan's indicators towards the plan's targets, rolled up by plan, axis and strategy. */
export const planProgress = z.object({
  plan: z.object({ code: z.string(), counts: progressCounts }),
  axes: z.array(counted),
  strategies: z.array(counted.extend({ axis: z.string() })),
  method: progressMethod,
});
export type PlanProgress = z.infer<typeof planProgress>;
