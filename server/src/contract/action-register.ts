import { z } from 'zod';

/** The columns of the action register, Italian header first (the one errors name), then accepted aliases. */
export const REGISTER_COLUMNS = {
  code: ['codice_azione', 'action_code', 'codice', 'code'],
  title: ['titolo', 'title'],
  office: ['ufficio', 'office', 'codice_ufficio', 'office_code'],
  responsibleUser: ['email_responsabile', 'responsible_email', 'responsabile', 'responsible'],
  bodyRole: ['ruolo_ente', 'body_role'],
  plannedStart: ['inizio_previsto', 'planned_start'],
  plannedEnd: ['fine_prevista', 'planned_end'],
  actualStart: ['inizio_effettivo', 'actual_start'],
  actualEnd: ['fine_effettiva', 'actual_end'],
  weight: ['peso', 'weight'],
  zones: ['zone_omogenee', 'zone', 'zones'],
  partners: ['partner', 'partners'],
  fundings: ['finanziamenti', 'fundings'],
  milestones: ['milestone', 'milestones'],
} as const;
export type RegisterField = keyof typeof REGISTER_COLUMNS;

export const actionRegisterQuery = z.object({
  dryRun: z
    .enum(['true', 'false'], 'must be true or false')
    .optional()
    .transform((v) => v === 'true')
    .describe('true: a preview; the load runs and is rolled back, nothing is written'),
});

/** The multipart/form-data request (documentation: the route reads the stream itself). */
export const actionRegisterForm = z.object({
  file: z
    .string()
    .meta({ format: 'binary' })
    .describe('.xlsx (first sheet) or .csv with one row per action: codice_azione and any of ufficio, email_responsabile, ruolo_ente, the four dates, peso, zone_omogenee, partner, finanziamenti, milestone (docs/action-register.md).'),
});

const registerChange = z.object({
  /** The field that changes (office, responsibleUser, bodyRole, plannedStart…, weight, zones, partners, fundings, milestones). */
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const actionRegisterResult = z.object({
  /** true: nothing was written; the actions say what the load would do. */
  dryRun: z.boolean(),
  file: z.object({ name: z.string(), format: z.enum(['xlsx', 'csv']), rows: z.number().int() }),
  updated: z.number().int(),
  unchanged: z.number().int(),
  actions: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      title: z.string(),
      outcome: z.enum(['updated', 'unchanged']),
      changes: z.array(registerChange),
    }),
  ),
});
export type ActionRegisterResult = z.infer<typeof actionRegisterResult>;
