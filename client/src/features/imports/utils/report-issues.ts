import type { ImportIssue } from '@psm/server/contract';

/** An unknown (or ambiguous) code of the file, reported once with how many rows use it and the first rows. */
export type UnknownCode = {
  kind: 'territory' | 'indicator';
  code: string;
  /** The file's label for the code, when it has one (e.g. "Bari"). */
  label: string | null;
  column: string | null;
  count: number;
  rows: number[];
  /** More rows than those listed. */
  more: boolean;
  message: string;
};

// The server reports each unknown code once, ending its message with "(N values: rows 2, 3, …)".
const ROWS_TAIL = /\s\((\d+) values?: rows? ([\d, ]+?)(, …)?\)$/;
const UNKNOWN = /^Unknown (territory|indicator) "([^"]*)"(?: \(([^)]*)\))?/;
const AMBIGUOUS = /^Territory "([^"]*)" is ambiguous/;
const EMPTY_TERRITORY = /^Empty territory code/;

const UNKNOWN_CODES: Record<string, UnknownCode['kind']> = {
  'indicator.unknown': 'indicator',
  'territory.unknown': 'territory',
  'territory.ambiguous': 'territory',
  'territory.empty': 'territory',
};

/** From the code and params of a recent server. */
function codedUnknown(issue: ImportIssue): UnknownCode | null {
  const kind = issue.code ? UNKNOWN_CODES[issue.code] : undefined;
  const p = issue.params ?? {};
  if (!kind || typeof p.count !== 'number' || !Array.isArray(p.rows)) return null;
  return {
    kind,
    code: typeof p.code === 'string' ? p.code : '',
    label: typeof p.label === 'string' ? p.label : null,
    column: issue.column ?? null,
    count: p.count,
    rows: p.rows.filter((r): r is number => typeof r === 'number'),
    more: p.moreRows === true,
    message: issue.message,
  };
}

function unknownCodeOf(issue: ImportIssue): UnknownCode | null {
  if (issue.code) return codedUnknown(issue);
  // A server without codes: read its English message.
  const tail = ROWS_TAIL.exec(issue.message);
  if (!tail) return null;
  const message = issue.message.slice(0, tail.index);
  const unknown = UNKNOWN.exec(message);
  const ambiguous = unknown ? null : AMBIGUOUS.exec(message);
  const empty = unknown || ambiguous ? false : EMPTY_TERRITORY.test(message);
  if (!unknown && !ambiguous && !empty) return null;
  return {
    kind: unknown?.[1] === 'indicator' ? 'indicator' : 'territory',
    code: unknown?.[2] ?? ambiguous?.[1] ?? '',
    label: unknown?.[3] ?? null,
    column: issue.column ?? null,
    count: Number(tail[1]),
    rows: tail[2]!.split(',').map((r) => Number(r.trim())).filter(Number.isFinite),
    more: Boolean(tail[3]),
    message,
  };
}

/** Splits the report's errors: unknown codes (one entry per code) and the rest, row by row. */
export function splitIssues(errors: readonly ImportIssue[]): { unknownCodes: UnknownCode[]; rows: ImportIssue[] } {
  const unknownCodes: UnknownCode[] = [];
  const rows: ImportIssue[] = [];
  for (const issue of errors) {
    const code = unknownCodeOf(issue);
    if (code) unknownCodes.push(code);
    else rows.push(issue);
  }
  unknownCodes.sort((a, b) => b.count - a.count);
  return { unknownCodes, rows };
}

/** The value at fault: its `value` param, or (a server without codes) quoted first by the message ("abc" is not a number). */
export function issueValue(issue: ImportIssue): string | null {
  if (issue.code) return /^(value\.(notNumber|notFinite|badFlag|badUnitMultiplier)|period\.invalid)$/.test(issue.code) && typeof issue.params?.value === 'string' ? issue.params.value : null;
  return /^"([^"]*)" is not /.exec(issue.message)?.[1] ?? null;
}
