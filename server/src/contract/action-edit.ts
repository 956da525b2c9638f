import { z } from 'zod';
import { actionDates } from './action-update';
import { httpUrl, isoDate, safeText } from './common';
import { BODY_ROLES, FUNDING_SOURCES } from './values';

/** An admin's change to an action's monitoring data; only the fields given change, lists are replaced whole. */
export const actionEditInput = z.strictObject({
  /** Code of the responsible office; null for none. */
  office: safeText().min(1, 'is required').max(100).nullable().optional(),
  /** E-mail of the person the action is assigned to (an active account); null for none. */
  responsibleUser: safeText().min(1, 'is required').max(320).nullable().optional(),
  /** The body's role in the action. */
  bodyRole: z.enum(BODY_ROLES, 'must be lead, coordination or support').nullable().optional(),
  dates: actionDates.optional(),
  /** Weight in the weighted mean progress (≥ 0). */
  weight: z.number('must be a number').min(0, 'must be 0 or more').max(99999, 'must be below 100000').optional(),
  /** Territory codes of the zone omogenee the action concerns, e.g. ITC11-ZO01. */
  zones: z.array(safeText().min(1).max(100)).max(500).optional(),
  partners: z
    .array(z.strictObject({ name: safeText().min(1, 'is required').max(500), role: safeText().max(500).nullable().optional() }))
    .max(500)
    .optional(),
  fundings: z
    .array(
      z.strictObject({
        sourceType: z.enum(FUNDING_SOURCES, `must be one of ${FUNDING_SOURCES.join(', ')}`),
        /** PNRR mission-component-investment or reform, e.g. M5C2I2.2. */
        pnrrCode: safeText().regex(/^M[0-9]C[0-9]+(I|R)[0-9]+(\.[0-9]+)*$/, 'must be a PNRR code such as M5C2I2.2').nullable().optional(),
        /** Codice Unico di Progetto: 15 capital letters or digits. */
        cup: safeText().regex(/^[A-Z0-9]{15}$/, 'must be a CUP: 15 capital letters or digits').nullable().optional(),
        amount: z.number('must be a number').min(0, 'must be 0 or more').max(1e13).nullable().optional(),
        description: safeText().max(5000).nullable().optional(),
        sourceUrl: httpUrl.nullable().optional(),
      }),
    )
    .max(500)
    .optional(),
  milestones: z
    .array(z.strictObject({ title: safeText().min(1, 'is required').max(1000), plannedDate: isoDate.nullable().optional(), actualDate: isoDate.nullable().optional() }))
    .max(500)
    .optional(),
});
export type ActionEditInput = z.infer<typeof actionEditInput>;
