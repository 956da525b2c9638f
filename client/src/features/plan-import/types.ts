// Types come from the server's zod contract (type-only: nothing of the server is bundled).
import type { z } from 'zod';
import type { planImportResult } from '@psm/server/contract';
import type { planList } from '@psm/server/contract';

export type PlanImportResult = z.infer<typeof planImportResult>;
export type PlanList = z.infer<typeof planList>;

/** The text fields beside the file, as typed. */
export type PlanFields = {
  plan: string;
  title: string;
  subtitle: string;
  period: string;
  declaredAxes: string;
  declaredStrategies: string;
  declaredActions: string;
};
export type PlanField = keyof PlanFields;
export const PLAN_FIELDS: readonly PlanField[] = ['plan', 'title', 'subtitle', 'period', 'declaredAxes', 'declaredStrategies', 'declaredActions'];
export const EMPTY_FIELDS: PlanFields = { plan: '', title: '', subtitle: '', period: '', declaredAxes: '', declaredStrategies: '', declaredActions: '' };

/** A problem of the file (422) or of a field (400), as the server lists them. */
export type PlanIssue = { row?: number; column?: string; name?: string; message: string };
