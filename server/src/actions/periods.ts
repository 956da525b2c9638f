import { REPORTING_PERIOD } from '../contract/common';

export { REPORTING_PERIOD };

/** The semester `now` falls in, e.g. 2024-S2: the default period an action must be updated for. */
export function currentSemester(now: Date = new Date()): string {
  return `${now.getFullYear()}-S${now.getMonth() < 6 ? 1 : 2}`;
}

/** First and last month of a period, as months since year 0 (so periods of any length compare). */
export function periodMonths(period: string): [number, number] {
  const m = REPORTING_PERIOD.exec(period);
  if (!m) throw new Error(`Not a reporting period: ${period}`);
  const base = Number(m[1]) * 12;
  const part = m[2];
  if (!part) return [base, base + 11];
  if (part[0] === 'S') return part === 'S1' ? [base, base + 5] : [base + 6, base + 11];
  if (part[0] === 'Q') {
    const q = Number(part[1]) - 1;
    return [base + q * 3, base + q * 3 + 2];
  }
  const month = base + Number(part) - 1;
  return [month, month];
}

/** Whether two periods share at least one month (an update for 2024-Q3 counts for 2024-S2). */
export function periodsOverlap(a: string, b: string): boolean {
  const [a0, a1] = periodMonths(a);
  const [b0, b1] = periodMonths(b);
  return a0 <= b1 && b0 <= a1;
}
