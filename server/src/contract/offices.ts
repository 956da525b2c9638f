import { z } from 'zod';
import { safeText } from './common';

/** An office code: 1–50 characters without spaces, e.g. UFF-SVI or DIR-TERR. */
export const officeCode = safeText()
  .trim()
  .min(1, 'is required')
  .max(50, 'must be at most 50 characters')
  .regex(/^\S+$/, 'must not contain spaces (e.g. UFF-SVI)');

/** The office's address: one @, a dot in the domain, no spaces. */
export const OFFICE_EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const officeEmail = safeText().trim().max(320, 'must be at most 320 characters').regex(OFFICE_EMAIL, 'must be an e-mail address such as ufficio@ente.it');
const officeName = safeText().trim().min(1, 'is required').max(300, 'must be at most 300 characters');

export const officeParams = z.object({ code: safeText().min(1).max(50).describe('Office code') });

export const officeOut = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  /** Code of the department the office belongs to (another office), if any. */
  parent: z.string().nullable(),
  parentName: z.string().nullable(),
  email: z.string().nullable(),
  /** When the office was retired: it stays on old records but cannot be chosen for new ones. */
  retiredAt: z.string().nullable(),
  /** Accounts of the office. */
  users: z.number().int(),
  /** Actions the office is responsible for, in every plan. */
  actions: z.number().int(),
  /** For If-Match: a change based on an older version is a 409. */
  version: z.number().int(),
});
export type OfficeOut = z.infer<typeof officeOut>;
export const officeList = z.object({ items: z.array(officeOut) });
export type OfficeList = z.infer<typeof officeList>;

export const officeCreate = z.strictObject({
  code: officeCode.describe('Unique code, no spaces'),
  name: officeName.describe('Name of the office'),
  parent: officeCode.nullable().optional().describe('Code of the department it belongs to (an active office)'),
  email: officeEmail.nullable().optional().describe("The office's e-mail address"),
});
export type OfficeCreate = z.infer<typeof officeCreate>;

/** Only the fields sent change; `retired: true` retires the office, `false` brings it back. */
export const officePatch = z.strictObject({
  code: officeCode.optional(),
  name: officeName.optional(),
  parent: officeCode.nullable().optional(),
  email: officeEmail.nullable().optional(),
  retired: z.boolean('must be true or false').optional(),
});
export type OfficePatch = z.infer<typeof officePatch>;

export const officeImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .transform((v) => v === 'true')
    .describe('true: a preview; the load runs and is rolled back, nothing is written'),
});

/** The multipart/form-data request (documentation: the route reads the stream itself). */
export const officeImportForm = z.object({
  file: z.string().meta({ format: 'binary' }).describe('.xlsx or .csv (";" or ","; UTF-8 or Latin-1) with the columns code, name, parent_code, email (Italian headers accepted).'),
});

const officeImportRow = z.object({
  row: z.number().int(),
  code: z.string(),
  name: z.string(),
  parent: z.string().nullable(),
  email: z.string().nullable(),
  /** What the load does with the row. */
  outcome: z.enum(['created', 'updated', 'unchanged']),
});

export const officeImportResult = z.object({
  /** true: nothing was written; the rows say what the load would do. */
  dryRun: z.boolean(),
  file: z.object({ name: z.string(), format: z.enum(['xlsx', 'csv']), rows: z.number().int() }),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rows: z.array(officeImportRow),
});
export type OfficeImportResult = z.infer<typeof officeImportResult>;

/** An office one may choose (not retired), for the forms of roles that do not administer offices. */
export const officeChoice = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export const officeChoices = z.object({ items: z.array(officeChoice) });
export type OfficeChoices = z.infer<typeof officeChoices>;
