import { z } from 'zod';
import { idParam, isoDate, planCodeParam, REPORTING_PERIOD, safeText } from './common';
import { ROUND_MAIL_KINDS, ROUND_MAIL_STATUSES } from './values';


export const roundParams = z.object({ plan: planCodeParam, id: idParam.describe('Round id') });

export const roundCreate = z.strictObject({
  period: safeText().regex(REPORTING_PERIOD, 'must be a period such as 2026-S2, 2026-Q3, 2026-07 or 2026').describe('Reporting period, e.g. 2026-S2'),
  deadline: isoDate.describe('Last day to report, YYYY-MM-DD, not in the past'),
  reminderDays: z
    .number('must be a number')
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(366, 'must be at most 366')
    .optional()
    .describe('Days before the deadline the reminder goes out (default REMINDER_DAYS); fewer than the days left until the deadline'),
});
export type RoundCreate = z.infer<typeof roundCreate>;

export const roundResend = z.strictObject({
  userId: idParam.optional().describe('The manager to send to again; omitted: every manager who has not reported yet'),
});
export type RoundResend = z.infer<typeof roundResend>;

export const roundMail = z.object({
  kind: z.enum(ROUND_MAIL_KINDS),
  status: z.enum(ROUND_MAIL_STATUSES),
  error: z.string().nullable(),
  address: z.string(),
  at: z.string(),
});
export type RoundMail = z.infer<typeof roundMail>;

export const roundSummary = z.object({
  id: z.number().int(),
  plan: z.string(),
  period: z.string(),
  deadline: z.string(),
  reminderDays: z.number().int(),
  /** When the reminder goes out (ISO instant). */
  reminderAt: z.string(),
  openedBy: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  /** Actions asked about (open, or reported for the period, with an active manager), reported for the period, not yet. */
  actions: z.number().int(),
  reported: z.number().int(),
  notReported: z.number().int(),
});
export type RoundSummary = z.infer<typeof roundSummary>;

const counts = { actions: z.number().int(), reported: z.number().int(), notReported: z.number().int() };

export const roundOffice = z.object({ code: z.string().nullable(), name: z.string().nullable(), ...counts });
export const roundManager = z.object({
  userId: z.number().int(),
  name: z.string().nullable(),
  email: z.string(),
  office: z.string().nullable(),
  ...counts,
  /** The actions not reported yet. */
  missing: z.array(z.object({ code: z.string(), title: z.string() })),
  lastMail: roundMail.nullable(),
});
export type RoundManager = z.infer<typeof roundManager>;

export const roundDetail = roundSummary.extend({
  /** False without SMTP_URL: the round works, but no e-mail is sent. */
  mailConfigured: z.boolean(),
  offices: z.array(roundOffice),
  managers: z.array(roundManager),
  /** Actions no active manager answers for (no office with a manager, no one assigned): nobody is e-mailed about them. */
  unassigned: z.number().int(),
  /** Pending e-mail jobs: the opening digest, the reminder, resends. */
  jobs: z.array(z.object({ kind: z.enum(ROUND_MAIL_KINDS), status: z.string(), runAt: z.string(), attempts: z.number().int(), lastError: z.string().nullable() })),
});
export type RoundDetail = z.infer<typeof roundDetail>;

export const roundList = z.object({ items: z.array(roundSummary), mailConfigured: z.boolean(), defaultReminderDays: z.number().int() });
export type RoundList = z.infer<typeof roundList>;

export const roundResendResult = z.object({ queued: z.boolean(), recipients: z.number().int() });
export type RoundResendResult = z.infer<typeof roundResendResult>;
