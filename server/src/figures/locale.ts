/**
 * Numbers, periods and dates in the figure's language, as the pages write them: it-IT (1.234,5;
 * 3º trim. 2021; 19 luglio 2024) or en-GB (1,234.5; Q3 2021; 19 July 2024). The client's
 * `lib/format.ts` follows the page's language; these take it as an argument.
 */
export const FIGURE_LANGS = ['it', 'en'] as const;
export type FigureLang = (typeof FIGURE_LANGS)[number];

const localeOf = (lang: FigureLang) => (lang === 'en' ? 'en-GB' : 'it-IT');

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: FigureLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), { useGrouping: 'always', ...options } as Intl.NumberFormatOptions);
    formats.set(key, f);
  }
  return f;
}

/** 1234.5 → "1.234,5" / "1,234.5"; `decimals` as the indicator declares them, else up to 2. */
export function numberText(lang: FigureLang, value: number, decimals?: number | null): string {
  const digits = decimals == null ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  return numberFormat(lang, digits).format(value);
}

/** Units that only say "this is a count": the number needs no suffix. */
const COUNT_UNIT = /^(numero|n\.?|unità)$/i;

/** A value followed by its unit; "%" sticks to the number as Italian usage has it. */
export function withUnit(formatted: string, unit: string | null | undefined): string {
  if (!unit || COUNT_UNIT.test(unit)) return formatted;
  return unit.startsWith('%') ? `${formatted}${unit}` : `${formatted} ${unit}`;
}

/** Period codes the API uses (2021, 2021-Q3, 2021-S1, 2021-03) in words. */
export function periodText(lang: FigureLang, period: string): string {
  const m = /^(\d{4})(?:-(Q[1-4]|S[12]|\d{2}))?$/.exec(period);
  if (!m) return period;
  const [, year, sub] = m;
  const en = lang === 'en';
  if (!sub) return year!;
  if (sub.startsWith('Q')) return en ? `Q${sub.slice(1)} ${year}` : `${sub.slice(1)}º trim. ${year}`;
  if (sub.startsWith('S')) return en ? `H${sub.slice(1)} ${year}` : `${sub.slice(1)}º sem. ${year}`;
  const month = Number(sub);
  if (month < 1 || month > 12) return period;
  return new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(year), month - 1, 1)));
}

/** ISO date or timestamp → "19 luglio 2024" / "19 July 2024" (the UTC day). */
export function dateText(lang: FigureLang, iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
