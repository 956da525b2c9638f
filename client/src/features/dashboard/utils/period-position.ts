/** A period code (2021, 2021-Q3, 2021-S1, 2021-03) as a position in years, so uneven gaps stay uneven. */
export function periodPosition(period: string): number {
  const m = /^(\d{4})(?:-(Q[1-4]|S[12]|\d{2}))?$/.exec(period);
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const sub = m[2];
  if (!sub) return year;
  if (sub.startsWith('Q')) return year + (Number(sub.slice(1)) - 1) / 4;
  if (sub.startsWith('S')) return year + (Number(sub.slice(1)) - 1) / 2;
  return year + (Number(sub) - 1) / 12;
}
