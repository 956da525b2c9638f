const DAY = 86_400_000;

/** Whole days from `planned` to `actual` (ISO dates): positive = later than planned; null when either is unknown. */
export function dayGap(planned: string | null, actual: string | null): number | null {
  if (!planned || !actual) return null;
  const p = Date.parse(`${planned.slice(0, 10)}T00:00:00Z`);
  const a = Date.parse(`${actual.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(p) || Number.isNaN(a)) return null;
  return Math.round((a - p) / DAY);
}
