import type { ProblemIssue } from '@psm/server/contract';
import { ApiError } from './api-client';

/** Messages by field, as the server names fields (`progress`, `evidence.url`, `items.3`…). */
export type FieldMessages<F extends string = string> = Partial<Record<F, string>>;

/** The `errors[]` of a problem+json answer (a 400 or 422 naming fields, or a file's rows); none otherwise. */
export function problemIssues(err: unknown): ProblemIssue[] {
  if (!(err instanceof ApiError) || !Array.isArray(err.problem.errors)) return [];
  return (err.problem.errors as Record<string, unknown>[]).flatMap((i) =>
    i && typeof i === 'object'
      ? [
          {
            message: typeof i.message === 'string' ? i.message : '',
            ...(typeof i.name === 'string' ? { name: i.name } : {}),
            ...(typeof i.row === 'number' ? { row: i.row } : {}),
            ...(typeof i.column === 'string' ? { column: i.column } : {}),
            ...(typeof i.code === 'string' ? { code: i.code } : {}),
            ...(i.params && typeof i.params === 'object' && !Array.isArray(i.params) ? { params: i.params as Record<string, unknown> } : {}),
          },
        ]
      : [],
  );
}

/** `items[3].indicator` and `items.3.indicator` name the same thing. */
const dotted = (name: string) => name.replace(/\[(\d+)\]/g, '.$1');

/**
 * Splits a problem's issues into those of the form's `fields` and the rest (`name: message`), so each
 * message shows next to its field. A field takes an issue about itself, about a part of it
 * (`items.3.indicator` → `items.3`) or about the group of fields it opens (`evidence` → `evidence.type`,
 * the first of the group; not a list: `items` is about the whole list, not its first row). The first
 * message of a field wins, the others join the rest.
 */
export function issuesByField<F extends string>(issues: readonly ProblemIssue[], fields: readonly F[]): { fields: FieldMessages<F>; other: string[] } {
  const out: { fields: FieldMessages<F>; other: string[] } = { fields: {}, other: [] };
  for (const issue of issues) {
    const name = dotted(issue.name ?? '');
    const field = name
      ? (fields.find((f) => f === name || name.startsWith(`${f}.`)) ?? fields.find((f) => f.startsWith(`${name}.`) && !/^\d/.test(f.slice(name.length + 1))))
      : undefined;
    if (field && !out.fields[field]) out.fields[field] = issue.message;
    else out.other.push(issue.name ? `${issue.name}: ${issue.message}` : issue.message);
  }
  return out;
}

/** A failure in one line: the problem's detail (or title) with its HTTP status, or the error's message. */
export function problemText(err: unknown): string {
  if (err instanceof ApiError) return `${err.detail || err.title}${err.status ? ` (HTTP ${err.status})` : ''}`;
  return err instanceof Error ? err.message : String(err);
}
