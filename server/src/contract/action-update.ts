import { z } from 'zod';
import { httpUrl, isoDate, REPORTING_PERIOD, safeText } from './common';

/** A calendar date YYYY-MM-DD that exists (no 2023-02-30); defined with the other building blocks. */
export { isoDate };

/** Planned and actual dates of an action; only those given change, null clears one. */
export const actionDates = z.strictObject({
  plannedStart: isoDate.nullable().optional(),
  plannedEnd: isoDate.nullable().optional(),
  actualStart: isoDate.nullable().optional(),
  actualEnd: isoDate.nullable().optional(),
});

/** One status update of an action, as a manager sends it. */
export const actionUpdateInput = z.strictObject({
  /** Code of the status vocabulary (GET /api/action-statuses), e.g. in_corso. */
  status: safeText().min(1, 'is required').max(40),
  /** Progress in percent, 0–100. */
  progress: z.number().int('must be a whole number').min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').nullable().optional(),
  /** Period the update reports on: 2023, 2023-S2, 2023-Q3 or 2023-07. */
  reportingPeriod: safeText().regex(REPORTING_PERIOD, 'must be a period such as 2023-S2, 2023-Q3, 2023-07 or 2023'),
  /** Commentary. */
  comment: safeText().max(20000).nullable().optional(),
  /** The official act that proves it (decree, resolution…). */
  evidence: z
    .strictObject({
      type: safeText().min(1, 'is required').max(500),
      number: safeText().max(200).nullable().optional(),
      date: isoDate.nullable().optional(),
      url: httpUrl.nullable().optional(),
    })
    .nullable()
    .optional(),
  /** Planned and actual dates, changed with the update (only those given change). */
  dates: actionDates.optional(),
});
export type ActionUpdateInput = z.infer<typeof actionUpdateInput>;
