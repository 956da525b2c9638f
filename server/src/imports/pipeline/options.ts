import type { ImportOptions } from '../../contract/imports';

export type { ImportOptions };

/** Keys lower-cased and sorted; comma-separated value lists sorted (geo=ITC1,IT is geo=IT,ITC1). */
const sorted = (r: Record<string, string> | undefined) =>
  Object.fromEntries(
    Object.entries(r ?? {})
      .map(([k, v]) => [k.toLowerCase(), v.split(',').map((x) => x.trim()).sort().join(',')])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );

/** Options that change what a file imports, in a stable form: the same file with the same ones is the same import. */
export function canonicalOptions(o: ImportOptions): string {
  return JSON.stringify({
    format: o.format ?? null,
    indicator: o.indicator?.toUpperCase() ?? null,
    map: sorted(o.map),
    createIndicators: Boolean(o.createIndicators),
    filters: sorted(o.filters),
  });
}

/** Reads `A=B` pairs (CLI flags, form fields) into a record; null names the bad one. */
export function parsePairs(pairs: string[]): { value: Record<string, string> } | { bad: string } {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0 || i === p.length - 1) return { bad: p };
    out[p.slice(0, i).trim()] = p.slice(i + 1).trim();
  }
  return { value: out };
}
