const SEMESTER = /^(\d{4})-S([12])$/;

/** `2026-S2` → { year: 2026, n: 2 }; null for other period shapes. */
export function parseSemester(period: string): { year: number; n: 1 | 2 } | null {
  const m = SEMESTER.exec(period);
  return m ? { year: Number(m[1]), n: Number(m[2]) as 1 | 2 } : null;
}

/** The semester before: 2026-S1 → 2025-S2. */
export function previousSemester(period: string): string {
  const s = parseSemester(period);
  if (!s) return period;
  return s.n === 2 ? `${s.year}-S1` : `${s.year - 1}-S2`;
}

/** The periods a manager may report on: the current semester first, then the `back` before it (three years by default). */
export function semesterOptions(current: string, back = 5): string[] {
  if (!parseSemester(current)) return [current];
  const out = [current];
  for (let i = 0; i < back; i++) out.push(previousSemester(out[out.length - 1]!));
  return out;
}
