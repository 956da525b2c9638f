/** Period codes the API uses: 2021 (year), 2021-Q3, 2021-S1, 2021-03. */
const PATTERN = /^(\d{4})(?:-(Q[1-4]|S[12]|\d{2}))?$/;

type Kind = 'Y' | 'Q' | 'S' | 'M';
const PER_YEAR: Record<Kind, number> = { Y: 1, Q: 4, S: 2, M: 12 };

function parse(period: string): { kind: Kind; index: number } | null {
  const m = PATTERN.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const sub = m[2];
  if (!sub) return { kind: 'Y', index: year };
  const kind: Kind = sub.startsWith('Q') ? 'Q' : sub.startsWith('S') ? 'S' : 'M';
  const n = Number(kind === 'M' ? sub : sub.slice(1));
  return { kind, index: year * PER_YEAR[kind] + n - 1 };
}

function format(kind: Kind, index: number): string {
  if (kind === 'Y') return String(index);
  const year = Math.floor(index / PER_YEAR[kind]);
  const n = (index % PER_YEAR[kind]) + 1;
  return kind === 'M' ? `${year}-${String(n).padStart(2, '0')}` : `${year}-${kind}${n}`;
}

/**
 * Every period from the first to the last, including those no territory has a value for, so
 * a missing year is an empty slot on the time axis (a visible gap) and not silently skipped.
 * Periods of mixed or unknown kinds are returned as they are, sorted.
 */
export function periodRange(periods: Iterable<string>): string[] {
  const sorted = [...new Set(periods)].sort();
  const parsed = sorted.map(parse);
  const kind = parsed[0]?.kind;
  if (!kind || parsed.some((p) => !p || p.kind !== kind)) return sorted;
  const first = parsed[0]!.index;
  const last = parsed.at(-1)!.index;
  // A guard against a stray far-off period exploding the axis.
  if (last - first > 600) return sorted;
  return Array.from({ length: last - first + 1 }, (_, i) => format(kind, first + i));
}
