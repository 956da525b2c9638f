import { z } from 'zod';
import { territoryRef } from './common';
import { DIRECTIONS, PROGRESS_STATUSES } from './values';

/*
 * The honest judgements of a card (issue 14, item 5): the schemas the API answers. The rules behind them
 * are in indicators/judgement.ts (zod-free: the indicator page runs them on the values it shows).
 * - No change is computed across a break in series: the flagged value starts a new series.
 * - Territories are compared on the latest period both have, each also stated with its own latest period.
 * - A promised comparison territory without values says so.
 * - A latest change that disagrees with the progress towards the target is explained, not left silent.
 */

/** A change between two values of a series, judged by the indicator's polarity. */
export const judgedChange = z.object({
  from: z.string(),
  to: z.string(),
  absolute: z.number(),
  /** Percent change; null when the base value is 0. */
  percent: z.number().nullable(),
  judgement: z.enum(DIRECTIONS),
});
/** No change: a break in series lies between the two periods; `period` is the (latest) flagged one. */
export const changeNotComputed = z.object({ notComputed: z.literal('break'), period: z.string() });
/** The latest change; null when there is no previous value. */
export const latestChange = z.union([judgedChange, changeNotComputed]).nullable();
export type JudgedChange = z.infer<typeof judgedChange>;
export type LatestChange = z.infer<typeof latestChange>;

const periodValue = z.object({ period: z.string(), value: z.number() });
/** A comparison territory: its own latest value and, when one exists, the latest period it shares with the focus territory. */
export const comparison = z.union([
  z.object({ territory: territoryRef, noData: z.literal(true) }),
  z.object({
    territory: territoryRef,
    latest: periodValue,
    /** The latest period both territories have, with both values; null: none in common. */
    common: z.object({ period: z.string(), focusValue: z.number(), value: z.number() }).nullable(),
  }),
]);
export type Comparison = z.infer<typeof comparison>;

/** The latest change and the target's progress disagree; `since` is the progress's base year. */
export const disagreement = z.object({
  lastChange: z.enum(['improving', 'worsening']),
  status: z.enum(PROGRESS_STATUSES),
  since: z.number().int().nullable(),
});
export type Disagreement = z.infer<typeof disagreement>;
