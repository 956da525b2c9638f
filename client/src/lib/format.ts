const numberFormats = new Map<string, Intl.NumberFormat>();
let LOCALE = 'it-IT';

/** Set by the i18n layer when the language changes: 'it' → it-IT (1.234,5), 'en' → en-GB (1,234.5). */
export function setFormatLocale(language: string): void {
  const next = language.startsWith('en') ? 'en-GB' : 'it-IT';
  if (next === LOCALE) return;
  LOCALE = next;
  numberFormats.clear();
}

/** The locale numbers and dates are formatted in. */
export const formatLocale = () => LOCALE;


/** Cached it-IT formatter; grouping is forced so 1234,5 reads 1.234,5 as Italian statistics print it. */
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, { useGrouping: 'always', ...options });
    numberFormats.set(key, f);
  }
  return f;
}

function digits(decimals: number | null | undefined): Intl.NumberFormatOptions {
  return decimals == null
    ? { maximumFractionDigits: 2 }
    : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
}

/** 1234.5 → "1.234,5"; `decimals` as the indicator declares them, else up to 2. */
export function formatNumber(value: number, decimals?: number | null): string {
  return numberFormat(digits(decimals)).format(value);
}

/** A change with its sign: +1,5 / -0,46 (ASCII minus, so copied values paste as numbers). */
export function formatSignedNumber(value: number, decimals?: number | null): string {
  return numberFormat({ ...digits(decimals), signDisplay: 'exceptZero' }).format(value);
}

/** A percentage given in percent points: 12.5 → "12,5%". */
export function formatPercent(percent: number, maximumFractionDigits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits }).format(percent / 100);
}

/** A signed percentage given in percent points: -12.5 → "-12,5%". */
export function formatSignedPercent(percent: number, maximumFractionDigits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits, signDisplay: 'exceptZero' }).format(percent / 100);
}

/** Units that only say "this is a count": the number needs no suffix. */
const COUNT_UNIT = /^(numero|n\.?|unità)$/i;

/** A value followed by its unit; "%" sticks to the number as Italian usage has it. */
export function withUnit(formatted: string, unit: string | null | undefined): string {
  if (!unit || COUNT_UNIT.test(unit)) return formatted;
  return unit.startsWith('%') ? `${formatted}${unit}` : `${formatted} ${unit}`;
}

/** 1250000 → "1.250.000,00 €" (Italian) / "€1,250,000.00" (English). */
export function formatEuro(amount: number): string {
  return new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR', useGrouping: 'always' } as Intl.NumberFormatOptions).format(amount);
}

/** ISO date (2024-07-19) → "19 luglio 2024" (Italian) / "19 July 2024" (English). */
export function formatDate(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Period codes the API uses (2021, 2021-Q3, 2021-S1, 2021-03) in words of the current language. */
export function formatPeriod(period: string): string {
  const m = /^(\d{4})(?:-(Q[1-4]|S[12]|\d{2}))?$/.exec(period);
  if (!m) return period;
  const [, year, sub] = m;
  const en = LOCALE.startsWith('en');
  if (!sub) return year!;
  if (sub.startsWith('Q')) return en ? `Q${sub.slice(1)} ${year}` : `${sub.slice(1)}º trim. ${year}`;
  if (sub.startsWith('S')) return en ? `H${sub.slice(1)} ${year}` : `${sub.slice(1)}º sem. ${year}`;
  const month = Number(sub);
  if (month < 1 || month > 12) return period;
  return new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(year), month - 1, 1)));
}

/** ISO timestamp → "24 novembre 2026, 21:43" in the current language (local time). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** The site a link points to, for short source labels: "torinoggi.it". */
export function formatHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
  } catch {
    return url;
  }
}

/** Today's date on this computer, YYYY-MM-DD (to compare with a deadline, or as a form's default date). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
