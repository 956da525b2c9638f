import type { ToolKind } from '@psm/server/contract/values';

/** The client's checks of the tool and objective forms, as the server's contract (server/src/contract/planning-tools.ts). */
export type ToolDraft = { code: string; kind: string; name: string; period: string; url: string };
export type ToolField = keyof ToolDraft;
export const TOOL_FIELDS: readonly ToolField[] = ['code', 'kind', 'name', 'period', 'url'];
export const EMPTY_TOOL: ToolDraft = { code: '', kind: 'pums', name: '', period: '', url: '' };

export type ObjectiveDraft = { code: string; title: string; parent: string };
export type ObjectiveField = keyof ObjectiveDraft;
export const OBJECTIVE_FIELDS: readonly ObjectiveField[] = ['code', 'title', 'parent'];

type ErrorKey = 'required' | 'toolCode' | 'objectiveCode' | 'url';

export function validateTool(d: ToolDraft): Partial<Record<ToolField, ErrorKey>> {
  const errors: Partial<Record<ToolField, ErrorKey>> = {};
  if (!d.code.trim()) errors.code = 'required';
  else if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(d.code.trim())) errors.code = 'toolCode';
  if (!d.name.trim()) errors.name = 'required';
  if (d.url.trim() && !/^https?:\/\/\S+$/.test(d.url.trim())) errors.url = 'url';
  return errors;
}

export function validateObjective(d: ObjectiveDraft): Partial<Record<ObjectiveField, ErrorKey>> {
  const errors: Partial<Record<ObjectiveField, ErrorKey>> = {};
  if (!d.code.trim()) errors.code = 'required';
  else if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(d.code.trim())) errors.code = 'objectiveCode';
  if (!d.title.trim()) errors.title = 'required';
  return errors;
}

/** The tool's body for the API: empty optional fields are null. */
export const toolBody = (d: ToolDraft) => ({
  code: d.code.trim(),
  kind: d.kind as ToolKind,
  name: d.name.trim(),
  period: d.period.trim() || null,
  url: d.url.trim() || null,
});
