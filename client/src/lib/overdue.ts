/** How long an action has been overdue, in the unit a reader expects: days, then months, then years. */
export type OverdueSpan = { unit: 'days' | 'months' | 'years'; count: number };

/** Up to two months in days ("12 giorni"), under two years in whole months ("3 mesi"), then whole years. */
export function overdueSpan(days: number): OverdueSpan {
  const d = Math.max(0, Math.round(days));
  if (d < 61) return { unit: 'days', count: d };
  if (d < 730) return { unit: 'months', count: Math.floor(d / 30.4375) };
  return { unit: 'years', count: Math.floor(d / 365.25) };
}

type OverdueLike = { since: string; days: number; reasons: readonly { kind: string; dueDate: string; title?: string }[] };
const DAY = 86_400_000;

/**
 * Days one reason of an overdue action has been missed, from the server's `since` and `days` (so the
 * page never judges "today" itself); null when the reason is not among them.
 */
export function reasonDays(overdue: OverdueLike | null, match: { kind: 'milestone'; title: string; dueDate: string | null } | { kind: 'plannedEnd'; dueDate: string | null }): number | null {
  if (!overdue || !match.dueDate) return null;
  const hit = overdue.reasons.find((r) => r.kind === match.kind && r.dueDate === match.dueDate && (match.kind !== 'milestone' || r.title === match.title));
  if (!hit) return null;
  return overdue.days - Math.round((Date.parse(`${hit.dueDate}T00:00:00Z`) - Date.parse(`${overdue.since}T00:00:00Z`)) / DAY);
}
