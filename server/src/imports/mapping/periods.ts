/** A period as stored: `2021`, `2021-S1`, `2021-Q3`, `2021-03`, with the day it starts on. */
export type Period = { period: string; start: string; frequency: 'annual' | 'semiannual' | 'quarterly' | 'monthly' };

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Normalises the ways statistical files write a period: `2021`, `2021-Q3`/`2021Q3`/`2021-T3` (trimestre),
 * `2021-03`/`2021M03`/`2021-M03`/`2021M3`, `2021-S1`/`2021S1`/`2021-H1`, SDMX `2021-A1`, and a first-of-period
 * date `2021-03-01`. Returns null for anything else, so the caller can name the row and column.
 */
export function normalisePeriod(raw: string): Period | null {
  const s = raw.trim().toUpperCase();
  let m = /^(\d{4})(?:-A1)?$/.exec(s);
  if (m) return { period: m[1]!, start: `${m[1]}-01-01`, frequency: 'annual' };
  m = /^(\d{4})-?[QT]([1-4])$/.exec(s);
  if (m) {
    const q = Number(m[2]);
    return { period: `${m[1]}-Q${q}`, start: `${m[1]}-${pad2((q - 1) * 3 + 1)}-01`, frequency: 'quarterly' };
  }
  m = /^(\d{4})-?[SH]([12])$/.exec(s);
  if (m) {
    const h = Number(m[2]);
    return { period: `${m[1]}-S${h}`, start: `${m[1]}-${h === 1 ? '01' : '07'}-01`, frequency: 'semiannual' };
  }
  m = /^(\d{4})(?:-M?|M)(\d{1,2})$/.exec(s) ?? /^(\d{4})-(\d{2})-01$/.exec(s);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { period: `${m[1]}-${pad2(month)}`, start: `${m[1]}-${pad2(month)}-01`, frequency: 'monthly' };
  }
  return null;
}

export const PERIOD_FORMATS = '2021, 2021-Q3 (2021Q3), 2021-03 (2021M03), 2021-S1 (2021S1)';
