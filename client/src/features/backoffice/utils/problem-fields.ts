import { ApiError } from '../../../lib/api-client';

/** Messages by field name, as the server names fields (`progress`, `evidence.url`…). */
export type FieldErrors = Record<string, string>;

type Issue = { name?: unknown; message?: unknown; row?: unknown; column?: unknown };

/**
 * Splits the issues of a 400/422 problem (`errors: [{ name, message }]`) into those of the form's
 * fields (`fields` lists their names) and the rest, so each message shows next to its field.
 */
export function problemFieldErrors(err: unknown, fields: readonly string[]): { fields: FieldErrors; other: string[] } {
  const out: { fields: FieldErrors; other: string[] } = { fields: {}, other: [] };
  if (!(err instanceof ApiError)) return out;
  const issues = Array.isArray(err.problem.errors) ? (err.problem.errors as Issue[]) : [];
  for (const issue of issues) {
    const name = typeof issue.name === 'string' ? issue.name : '';
    const message = typeof issue.message === 'string' ? issue.message : '';
    // "evidence.url" belongs to the field "evidence.url"; "evidence" alone to its first sub-field, if any.
    const field = fields.includes(name) ? name : fields.find((f) => name && f.startsWith(`${name}.`));
    if (field && !out.fields[field]) out.fields[field] = message;
    else out.other.push(name ? `${name}: ${message}` : message);
  }
  if (!issues.length && err.detail) out.other.push(err.detail);
  return out;
}

/** True for the answers that name fields at fault. */
export const isFieldProblem = (err: unknown): boolean => err instanceof ApiError && (err.status === 400 || err.status === 422);
