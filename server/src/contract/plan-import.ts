import { z } from 'zod';
import { planCodeParam, safeText } from './common';

export const planImportQuery = z.object({
  /** true: run the whole import and roll it back, answering what it would do (200); nothing is written. */
  dryRun: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .transform((v) => v === 'true')
    .describe('true: a preview; the import runs and is rolled back, nothing is written'),
});

const count = safeText().trim().regex(/^\d{1,4}$/, 'must be a whole number').transform(Number);

/** The text fields of the form, as sent (multipart values are text); each overrides what the file says. */
export const planImportFields = z
  .strictObject({
    plan: planCodeParam.optional().describe('Plan edition code; required unless the file names it (plan.code in JSON/YAML).'),
    title: safeText().trim().min(1, 'must not be empty').max(500).optional().describe('Title of the plan: needed when the plan is new.'),
    subtitle: safeText().trim().min(1, 'must not be empty').max(500).optional(),
    period: safeText()
      .trim()
      .regex(/^\d{4}(-\d{4})?$/, { message: 'must be a year or two, such as 2024-2026', abort: true })
      .refine((p) => p.length === 4 || Number(p.slice(5)) >= Number(p.slice(0, 4)), 'must end in or after the year it starts')
      .optional()
      .describe('Years the plan covers, e.g. 2024-2026.'),
    declaredAxes: count.optional().describe('Axes the plan document declares (to show loaded against declared).'),
    declaredStrategies: count.optional().describe('Strategies the plan document declares.'),
    declaredActions: count.optional().describe('Actions the plan document declares.'),
  });
export type PlanImportFields = z.infer<typeof planImportFields>;

/** The multipart/form-data request (documentation: the route reads the stream itself). */
export const planImportForm = z.object({
  file: z
    .string()
    .meta({ format: 'binary' })
    .describe('The plan file: .xlsx, .csv (";" or ","; UTF-8 or Latin-1), .json or .yaml, with the columns code, parent_code, title, description (Italian headers accepted).'),
  ...planImportFields.shape,
});

const levelCounts = z.object({ axes: z.number().int(), strategies: z.number().int(), actions: z.number().int() });

export const planImportResult = z.object({
  plan: z.string(),
  /** true: nothing was written; the counts say what the import would do. */
  dryRun: z.boolean(),
  /** The plan did not exist and is (or would be) created. */
  planCreated: z.boolean(),
  file: z.object({ name: z.string(), format: z.enum(['xlsx', 'csv', 'json', 'yaml']), rows: z.number().int(), checksum: z.string() }),
  /** Entries added, by level. */
  created: levelCounts,
  /** Entries whose title, description or source changed (the old text is in the audit log). */
  updated: levelCounts,
  /** Entries of the file the plan already holds as they are. */
  unchanged: z.number().int(),
});
export type PlanImportResult = z.infer<typeof planImportResult>;
