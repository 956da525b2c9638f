import type { ProblemIssue } from '@psm/server/contract';
import { VALUE_ENTRY_CODES, type ValueEntryCode } from '@psm/server/contract/values';
import { formatNumber } from '../../../lib/format';
import { i18n } from '../../../i18n/i18n';
import '../entry-i18n';

type Params = Record<string, unknown>;

const list = (v: unknown, sep = ', '): string => (Array.isArray(v) ? v.map(String).join(sep) : v == null ? '' : String(v));

/** The params as the texts name them: lists joined, numbers formatted, the optional pieces worded. */
function prepare(code: ValueEntryCode, p: Params): Params {
  switch (code) {
    case 'territory.ambiguous':
      return { ...p, candidates: list(p.candidates, '; ') };
    case 'value.tooLarge':
      return { ...p, value: typeof p.value === 'number' ? formatNumber(p.value) : p.value };
    case 'table.missingColumn':
      return { ...p, accepted: list(p.accepted), found: list(p.found) || '—' };
    case 'table.unreadable':
      return { ...p, format: String(p.format ?? '').toUpperCase() };
    case 'table.tooManyColumns':
      return { ...p, limit: typeof p.limit === 'number' ? formatNumber(p.limit, 0) : p.limit };
    default:
      return p;
  }
}

/**
 * A problem of the value grid or of its template in the user's language, from its code and params
 * (VALUE_ENTRY_CODES; server: imports/manual/check-rows.ts, lib/table-file.ts); the server's English
 * message when it has no code this client knows.
 */
export function entryIssueText(issue: Pick<ProblemIssue, 'message' | 'code' | 'params'>): string {
  const code = issue.code as ValueEntryCode | undefined;
  if (!code || !VALUE_ENTRY_CODES.includes(code)) return issue.message;
  const translate = i18n.t as unknown as (key: string, options: Params) => string;
  return translate(`issues.${code}`, { ns: 'indicatorEntry', ...prepare(code, issue.params ?? {}) });
}
