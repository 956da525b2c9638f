import { z } from 'zod';

/**
 * Thresholds of the progress-towards-target status (see docs/progress-method.md). The ratio is the
 * observed yearly rate over the rate needed to reach the target on time: at least `onTrack` is on track,
 * at least `moderate` is moderate progress, at least 0 insufficient progress, below 0 moving away.
 * Defaults follow Open SDG (Statistics Canada's method): 0.95 and 0.6.
 */
export type ProgressOptions = {
  thresholds: { onTrack: number; moderate: number };
  /** Earliest year the base value may come from (the first value at or after it); unset, the start of the series after its last break. */
  baseYear?: number;
};

export const DEFAULT_PROGRESS_OPTIONS: ProgressOptions = { thresholds: { onTrack: 0.95, moderate: 0.6 } };

const progressEnv = z
  .object({
    /** Ratio of observed over required yearly rate from which a target is "on track". */
    PROGRESS_ON_TRACK_RATIO: z.coerce.number().gt(0).max(10).default(DEFAULT_PROGRESS_OPTIONS.thresholds.onTrack),
    /** Ratio from which progress is "moderate" (below it and at least 0: "insufficient"). */
    PROGRESS_MODERATE_RATIO: z.coerce.number().gt(0).max(10).default(DEFAULT_PROGRESS_OPTIONS.thresholds.moderate),
    /** Earliest base year of the progress status (e.g. 2015); unset, the start of the series after its last break. */
    PROGRESS_BASE_YEAR: z.coerce.number().int().min(1900).max(2100).optional(),
  })
  .refine((e) => e.PROGRESS_MODERATE_RATIO < e.PROGRESS_ON_TRACK_RATIO, {
    message: 'must be lower than PROGRESS_ON_TRACK_RATIO',
    path: ['PROGRESS_MODERATE_RATIO'],
  });

/** Reads the progress thresholds from the environment; a readable error on a bad value. */
export function loadProgressOptions(env: NodeJS.ProcessEnv = process.env): ProgressOptions {
  const parsed = progressEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    thresholds: { onTrack: e.PROGRESS_ON_TRACK_RATIO, moderate: e.PROGRESS_MODERATE_RATIO },
    ...(e.PROGRESS_BASE_YEAR === undefined ? {} : { baseYear: e.PROGRESS_BASE_YEAR }),
  };
}

let cached: ProgressOptions | undefined;

/** The options in force, read once from process.env (start-up validates them through loadConfig). */
export function progressOptions(): ProgressOptions {
  cached ??= loadProgressOptions();
  return cached;
}
