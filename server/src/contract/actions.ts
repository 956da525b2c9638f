import { z } from 'zod';
import { planCodeParam, safeText } from './common';
import { asOfParam } from './observations';
import { BODY_ROLES, RAGS, ROLLUP_GROUPINGS, TOOL_KINDS } from './values';

export const actionStatus = z.object({
  code: z.string(),
  labelIt: z.string(),
  labelEn: z.string(),
  /** Red/amber/green view; grey for not started or cancelled. */
  rag: z.enum(RAGS),
  /** Hex colour for charts (Okabe–Ito); always shown with the label. */
  colour: z.string(),
  position: z.number().int(),
  /** Completed or cancelled: no more updates are expected. */
  closed: z.boolean(),
});
export const actionStatusList = z.object({ items: z.array(actionStatus) });

export const actionsParams = z.object({ plan: planCodeParam });
/** Code of an action inside its plan, e.g. 2.1.3. */
export const actionCodeParam = safeText().regex(/^\d+\.\d+\.\d+$/, 'must be an action code such as 2.1.3');
export const actionParams = z.object({ plan: planCodeParam, code: actionCodeParam });
export const currentPeriodQuery = z.object({
  /** Semester an action must have an update for, not to be "da aggiornare" (default: the current one). */
  period: safeText().regex(/^\d{4}-S[12]$/, 'must be a semester such as 2024-S2').optional(),
});
export const tableQuery = currentPeriodQuery.extend({
  /** json (default), csv (also with Accept: text/csv) or xlsx. */
  format: z.enum(['json', 'csv', 'xlsx'], 'must be json, csv or xlsx').optional(),
  /** true: only the actions overdue today (past a milestone or their planned end, still open). */
  overdue: z.enum(['true', 'false'], 'must be true or false').optional(),
});

const currentStatus = z
  .object({ code: z.string(), labelIt: z.string(), labelEn: z.string(), rag: z.string(), colour: z.string(), closed: z.boolean() })
  .nullable();

/**
 * "In ritardo", computed at read time (never stored): an open action with a milestone past its due
 * date and not reached, or whose planned end has passed. Null when not overdue.
 */
export const overdue = z
  .object({
    /** The earliest missed date (YYYY-MM-DD). */
    since: z.string(),
    /** Days from `since` to the day judged on (today, or asOf). */
    days: z.number().int(),
    reasons: z.array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('milestone'), title: z.string(), dueDate: z.string() }),
        z.object({ kind: z.literal('plannedEnd'), dueDate: z.string() }),
      ]),
    ),
  })
  .nullable();
export type Overdue = NonNullable<z.infer<typeof overdue>>;

const actionCommon = {
  code: z.string(),
  title: z.string(),
  strategy: z.object({ code: z.string(), title: z.string() }),
  /** The axis the action's strategy belongs to. */
  axis: z.object({ code: z.string(), title: z.string() }),
  office: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The account assigned to report on the action (its name only; no e-mail), null when none. */
  responsible: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
  /** The body's role: lead, coordination or support. */
  bodyRole: z.enum(BODY_ROLES).nullable(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  weight: z.number(),
  /** Latest update's status; null when there has been no update. */
  status: currentStatus,
  progress: z.number().int().nullable(),
  /** Reporting period of the latest update. */
  lastPeriod: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** "Da aggiornare": open and no update for the current period. */
  toUpdate: z.boolean(),
  /** The zone omogenee the action concerns, in code order. */
  zones: z.array(z.object({ code: z.string(), name: z.string() })),
  /** The kinds of its fundings (pnrr, fesr, own…), each once, sorted. */
  fundingSources: z.array(z.string()),
  overdue,
};
export const actionRow = z.object(actionCommon);
export type ActionRow = z.infer<typeof actionRow>;
export const actionTable = z.object({ plan: z.string(), currentPeriod: z.string(), items: z.array(actionRow) });
export type ActionTable = z.infer<typeof actionTable>;

export const actionUpdateOut = z.object({
  id: z.number().int(),
  status: z.string(),
  statusLabelIt: z.string(),
  progress: z.number().int().nullable(),
  reportingPeriod: z.string(),
  comment: z.string().nullable(),
  evidence: z.object({ type: z.string(), number: z.string().nullable(), date: z.string().nullable(), url: z.string().nullable() }).nullable(),
  /** Who recorded it (name), null when unknown. */
  author: z.string().nullable(),
  createdAt: z.string(),
  /** Action version this update produced. */
  actionVersion: z.number().int().nullable(),
});

/** The objectives an action serves, with their tool (in the action's page). */
export const actionObjectiveOut = z.object({
  tool: z.string(),
  toolKind: z.enum(TOOL_KINDS),
  toolName: z.string(),
  toolUrl: z.string().nullable(),
  code: z.string(),
  title: z.string(),
  note: z.string().nullable(),
});
export type ActionObjective = z.infer<typeof actionObjectiveOut>;

export const actionDetail = z.object({
  ...actionCommon,
  plan: z.string(),
  description: z.string().nullable(),
  currentPeriod: z.string(),
  /** Optimistic-locking version: send it back with a change (409 when someone saved in between). */
  version: z.number().int(),
  /** Status history, newest first. */
  history: z.array(actionUpdateOut),
  milestones: z.array(z.object({ title: z.string(), plannedDate: z.string().nullable(), actualDate: z.string().nullable() })),
  partners: z.array(z.object({ name: z.string(), role: z.string().nullable() })),
  fundings: z.array(
    z.object({
      sourceType: z.string(),
      /** PNRR mission-component-investment, e.g. M5C2I2.2. */
      pnrrCode: z.string().nullable(),
      cup: z.string().nullable(),
      amount: z.number().nullable(),
      description: z.string().nullable(),
      sourceUrl: z.string().nullable(),
    }),
  ),
  /** Objectives of the planning tools the action serves, by tool and code. */
  objectives: z.array(actionObjectiveOut),
});
export type ActionDetail = z.infer<typeof actionDetail>;

const rollup = {
  actions: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  noUpdate: z.number().int(),
  toUpdate: z.number().int(),
  withProgress: z.number().int(),
  meanProgress: z.number().nullable(),
  weightedMeanProgress: z.number().nullable(),
  /** Open actions past a milestone or their planned end ("in ritardo", computed from the dates). */
  overdue: z.number().int(),
};
export const rollupQuery = currentPeriodQuery.extend({
  asOf: asOfParam.optional().describe('The statuses as they were at that moment (only the updates recorded before it count), overdue judged on that day'),
});
export const rollupGroupsQuery = rollupQuery.extend({
  /** zona (zona omogenea), ufficio (office) or finanziamento (funding source type). */
  by: z.enum(ROLLUP_GROUPINGS, `must be one of ${ROLLUP_GROUPINGS.join(', ')}`),
  /** json (default) or csv (also with Accept: text/csv). */
  format: z.enum(['json', 'csv'], 'must be json or csv').optional(),
});
export type RollupGroupsQuery = z.infer<typeof rollupGroupsQuery>;
export const rollupGroupsOut = z.object({
  plan: z.string(),
  by: z.enum(ROLLUP_GROUPINGS),
  currentPeriod: z.string(),
  /** The day overdue was judged on (YYYY-MM-DD). */
  overdueOn: z.string(),
  /**
   * One entry per zone, office or funding source with actions, in code order, then the actions
   * with none (code null). An action in several zones (or with several sources) counts in each.
   */
  groups: z.array(
    z.object({
      code: z.string().nullable(),
      /** Zone or office name, funding source type; null for "non indicato". */
      name: z.string().nullable(),
      /** Sum of the fundings' amounts (of that source, for a funding group), null when none gives one. */
      amount: z.number().nullable(),
      ...rollup,
    }),
  ),
});
export type RollupGroups = z.infer<typeof rollupGroupsOut>;
export type RollupGroup = RollupGroups['groups'][number];
export const planRollupOut = z.object({
  currentPeriod: z.string(),
  plan: z.object(rollup),
  axes: z.array(z.object({ code: z.string(), title: z.string(), ...rollup })),
  strategies: z.array(z.object({ code: z.string(), title: z.string(), axis: z.string(), ...rollup })),
  zones: z.array(z.object({ code: z.string(), name: z.string(), ...rollup })),
  offices: z.array(z.object({ code: z.string(), name: z.string(), ...rollup })),
  fundings: z.array(z.object({ sourceType: z.string(), amount: z.number().nullable(), ...rollup })),
});

/** Code of a status, e.g. in_corso. */
export const statusCode = safeText()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be a lower-case code such as in_corso (letters, digits, _; 2 to 40 characters)')
  .describe('Status code, e.g. in_corso');
export const statusParams = z.object({ code: statusCode });
const label = safeText().trim().min(1, 'is required').max(100);
const statusFields = {
  labelIt: label,
  labelEn: label,
  /** Red/amber/green view; grey for not started or cancelled. */
  rag: z.enum(RAGS, { message: `must be one of ${RAGS.join(', ')}` }),
  /** Chart colour, #RRGGBB. */
  colour: safeText().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour such as #009E73'),
  /** Order in lists and legends. */
  position: z.number('must be an integer').int('must be an integer').min(0).max(10000),
  /** Completed or cancelled: no more updates are expected. */
  closed: z.boolean('must be true or false'),
};
export const statusCreate = z.strictObject({ code: statusCode, ...statusFields });
export type StatusCreate = z.infer<typeof statusCreate>;
/** Only the fields given change; the code never does (updates refer to it). */
export const statusPatch = z.strictObject({
  labelIt: statusFields.labelIt.optional(),
  labelEn: statusFields.labelEn.optional(),
  rag: statusFields.rag.optional(),
  colour: statusFields.colour.optional(),
  position: statusFields.position.optional(),
  closed: statusFields.closed.optional(),
});
export type StatusPatch = z.infer<typeof statusPatch>;
export const statusDeleted = z.object({ deleted: z.string() });

// The types the client and the services derive from these schemas, each once.
export type ActionStatus = z.infer<typeof actionStatus>;
export type ActionStatusList = z.infer<typeof actionStatusList>;
/** One entry of an action's status history. */
export type ActionUpdate = z.infer<typeof actionUpdateOut>;
export type ActionFunding = ActionDetail['fundings'][number];
export type PlanRollup = z.infer<typeof planRollupOut>;
/** The implementation figures of the plan, an axis or a strategy. */
export type Rollup = PlanRollup['plan'];
