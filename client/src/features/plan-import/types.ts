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
