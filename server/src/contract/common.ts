import { z } from 'zod';

/** Slug of a plan edition, e.g. psm-2021-2023. */
export const planCodeParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a plan code such as psm-2021-2023')
  .describe('Plan edition code, e.g. psm-2021-2023');

/** Code of a strategy inside its plan, e.g. 2.1. */
export const strategyCodeParam = z.string().regex(/^\d+\.\d+$/, 'must be a strategy code such as 2.1').describe('Strategy code');

/** Reporting periods of action updates: 2023, 2023-S2, 2023-Q3 or 2023-07. */
export const REPORTING_PERIOD = /^(\d{4})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const periodParam = z
  .string()
  .regex(/^\d{4}(-(Q[1-4]|S[12]|\d{2}))?$/, 'must be a period such as 2021, 2021-Q3, 2021-S1 or 2021-03');

/** Comma-separated list of codes in a query parameter. */
export const codeList = (what: string) =>
  z
    .string()
    .min(1)
    .transform((s) => s.split(',').map((c) => c.trim()).filter(Boolean))
    .describe(`Comma-separated ${what} codes`);

export const counted = z.object({ loaded: z.number().int(), declared: z.number().int().nullable() });

export const territoryRef = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
});

export const flags = z.object({
  provisional: z.boolean(),
  estimated: z.boolean(),
  breakInSeries: z.boolean(),
});
