import { z } from 'zod';
import { actionCodeParam } from './actions';
import { httpUrl, planCodeParam, safeText } from './common';
import { TOOL_KINDS } from './values';

/** Slug of a planning tool, e.g. pums-2022. */
export const toolCode = safeText()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a lower-case code such as pums-2022')
  .describe('Planning tool code, e.g. pums-2022');

/** Code of an objective inside its tool, e.g. 1.2 or OS-3. */
export const objectiveCode = safeText()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, 'must be a code such as 1.2 or OS-3 (letters, digits, . _ -)')
  .describe('Objective code inside its tool, e.g. 1.2');

const text = (max: number) => safeText().trim().min(1, 'is required').max(max);

export const toolParams = z.object({ code: toolCode });
export const objectiveParams = z.object({ code: toolCode, objCode: objectiveCode });
export const coherenceParams = z.object({ plan: planCodeParam });
export const actionObjectivesParams = z.object({
  plan: planCodeParam,
  code: actionCodeParam,
});

const toolFields = {
  /** dup, piao, ptgm, pums, amsvs (Agenda metropolitana per lo sviluppo sostenibile) or other. */
  kind: z.enum(TOOL_KINDS, { message: `must be one of ${TOOL_KINDS.join(', ')}` }),
  /** Name of the document, e.g. "PUMS della Città metropolitana di Torino". */
  name: text(500),
  /** Period the document covers, e.g. 2024-2026. */
  period: safeText().trim().max(50).nullable().optional(),
  /** Where the document is published. */
  url: httpUrl.nullable().optional(),
};

export const toolCreate = z.strictObject({ code: toolCode, ...toolFields });
export type ToolCreate = z.infer<typeof toolCreate>;
/** Only the fields given change. */
export const toolPatch = z.strictObject({ code: toolCode.optional(), ...toolFields, kind: toolFields.kind.optional(), name: text(500).optional() });
export type ToolPatch = z.infer<typeof toolPatch>;

const objectiveFields = {
  title: text(2000),
  /** Code of the parent objective in the same tool; null for a top-level objective. */
  parent: objectiveCode.nullable().optional(),
  /** Where the objective's text is published. */
  sourceUrl: httpUrl.nullable().optional(),
};
export const objectiveCreate = z.strictObject({ code: objectiveCode, ...objectiveFields });
export type ObjectiveCreate = z.infer<typeof objectiveCreate>;
export const objectivePatch = z.strictObject({ code: objectiveCode.optional(), ...objectiveFields, title: text(2000).optional() });
export type ObjectivePatch = z.infer<typeof objectivePatch>;

/** The whole set of objectives an action serves (replaces the previous set). */
export const actionObjectivesInput = z.strictObject({
  objectives: z
    .array(
      z.strictObject({
        /** Planning tool code. */
        tool: toolCode,
        /** Objective code inside that tool. */
        objective: objectiveCode,
        /** How the action serves the objective. */
        note: safeText().trim().max(2000).nullable().optional(),
      }),
    )
    .max(500),
});
export type ActionObjectivesInput = z.infer<typeof actionObjectivesInput>;

const toolOut = {
  code: z.string(),
  kind: z.enum(TOOL_KINDS),
  name: z.string(),
  period: z.string().nullable(),
  url: z.string().nullable(),
};
export const toolSummary = z.object({
  ...toolOut,
  /** Objectives of the tool, and how many of them serve at least one action. */
  objectiveCount: z.number().int(),
  linkedObjectiveCount: z.number().int(),
  /** Links from actions (of any plan) to the tool's objectives: what deleting the tool takes away. */
  linkCount: z.number().int(),
});
export const toolList = z.object({ items: z.array(toolSummary) });

export const servedAction = z.object({ plan: z.string(), code: z.string(), title: z.string(), note: z.string().nullable() });

export type ObjectiveNode = {
  code: string;
  title: string;
  sourceUrl: string | null;
  actions: z.infer<typeof servedAction>[];
  children: ObjectiveNode[];
};
export const objectiveNode: z.ZodType<ObjectiveNode> = z.lazy(() =>
  z.object({
    code: z.string(),
    title: z.string(),
    sourceUrl: z.string().nullable(),
    /** Actions (any plan) that serve the objective. */
    actions: z.array(servedAction),
    children: z.array(objectiveNode),
  }),
);
export const toolDetail = z.object({ ...toolOut, objectiveCount: z.number().int(), objectives: z.array(objectiveNode) });
export type ToolDetail = z.infer<typeof toolDetail>;

export const toolOutput = z.object(toolOut);
export const objectiveOutput = z.object({ tool: z.string(), code: z.string(), title: z.string(), parent: z.string().nullable(), sourceUrl: z.string().nullable() });
export const deleted = z.object({ deleted: z.string() });

export const actionObjectivesOutput = z.object({
  plan: z.string(),
  action: z.string(),
  objectives: z.array(z.object({ tool: z.string(), objective: z.string(), title: z.string(), note: z.string().nullable() })),
});
export type ActionObjectivesOutput = z.infer<typeof actionObjectivesOutput>;

export const coherence = z.object({
  plan: z.string(),
  counts: z.object({
    actions: z.number().int(),
    actionsWithoutObjective: z.number().int(),
    objectives: z.number().int(),
    objectivesWithoutAction: z.number().int(),
  }),
  /** Actions of the plan linked to no objective of any tool. */
  actionsWithoutObjective: z.array(z.object({ code: z.string(), title: z.string() })),
  /** Objectives of every tool that serve no action of this plan. */
  objectivesWithoutAction: z.array(z.object({ tool: z.string(), toolKind: z.enum(TOOL_KINDS), code: z.string(), title: z.string() })),
});
export type Coherence = z.infer<typeof coherence>;
export type ToolSummary = z.infer<typeof toolSummary>;
export type ToolList = z.infer<typeof toolList>;

/** Search of objectives across tools. */
export const objectiveSearchQuery = z.object({
  /** An objective code (any case; a prefix matches) or words of its title (case and accents ignored). */
  q: safeText().trim().min(1, 'is required').max(200),
  /** Only the objectives of this tool. */
  tool: toolCode.optional(),
});
export const objectiveSearchResult = z.object({
  items: z.array(
    z.object({
      tool: z.string(),
      toolKind: z.enum(TOOL_KINDS),
      toolName: z.string(),
      code: z.string(),
      title: z.string(),
      parent: z.string().nullable(),
    }),
  ),
});
export type ObjectiveSearchResult = z.infer<typeof objectiveSearchResult>;

/** The filters of the coherence page: one axis, one tool (names as the page's URL has them). */
export const coherenceQuery = z.object({
  /** Axis code, e.g. 1. */
  asse: safeText().regex(/^[0-9]{1,3}$/, 'must be an axis code such as 1').optional(),
  /** Planning tool code, e.g. pums-2022. */
  strumento: toolCode.optional(),
});
export type CoherenceQuery = z.infer<typeof coherenceQuery>;
export const coherenceDownloadQuery = coherenceQuery.extend({
  /** csv (comma) or xlsx. */
  format: z.enum(['csv', 'xlsx'], 'must be csv or xlsx'),
  /** Language of headers and texts: it (default) or en. */
  lang: z.enum(['it', 'en'], 'must be one of it, en').default('it'),
});
export type CoherenceDownloadQuery = z.infer<typeof coherenceDownloadQuery>;

const matrixObjective = z.object({ tool: z.string(), code: z.string(), title: z.string() });
/** The matrix of the coherence page: axes → strategies → actions, each action with the objectives of the shown tools it serves. */
export const coherenceMatrix = coherence.extend({
  /** The shown tools (the columns), all of them unless `strumento` is given. */
  tools: z.array(z.object({ code: z.string(), kind: z.enum(TOOL_KINDS), name: z.string(), period: z.string().nullable(), url: z.string().nullable() })),
  /** Every axis of the plan, for the axis filter. */
  allAxes: z.array(z.object({ code: z.string(), title: z.string() })),
  axes: z.array(
    z.object({
      code: z.string(),
      title: z.string(),
      strategies: z.array(
        z.object({
          code: z.string(),
          title: z.string(),
          actions: z.array(z.object({ code: z.string(), title: z.string(), objectives: z.array(matrixObjective) })),
        }),
      ),
    }),
  ),
});
export type CoherenceMatrix = z.infer<typeof coherenceMatrix>;
