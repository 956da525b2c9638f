import { z } from 'zod';

/**
 * Characters that are not text PostgreSQL can store: NUL (refused by every text column) and a UTF-16
 * surrogate without its pair (not Unicode at all; the drivers would silently turn it into U+FFFD).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const UNSAFE_TEXT_MESSAGE = 'must not contain NUL characters (U+0000) or unpaired surrogates';
export const isSafeText = (s: string): boolean => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/**
 * The string every input starts from (path, query, body, form fields): text PostgreSQL can store.
 * Later checks (regex, min, max) chain on it; a NUL or lone surrogate stops there with one issue.
 */
export const safeText = () => z.string().refine(isSafeText, { message: UNSAFE_TEXT_MESSAGE, abort: true });

/** The largest value of a PostgreSQL integer column (ids are 32-bit). */
export const MAX_INT32 = 2_147_483_647;

/** A row id in a path: a whole number from 1 to 2^31-1 (a larger one cannot name a row). */
export const idParam = z.coerce
  .number('must be a number')
  .int({ message: 'must be a whole number', abort: true })
  .positive({ message: 'must be positive', abort: true })
  .max(MAX_INT32, 'is too large');

const isLeap = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysIn = (year: number, month: number) => (month === 2 && isLeap(year) ? 29 : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!);

/** Year 1 to 9999 (PostgreSQL has no year 0), a month and a day that exist. */
function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

const DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date YYYY-MM-DD of the calendar: no 2025-02-30, no year 0. */
export const isRealDate = (s: string): boolean => {
  const m = DATE_PARTS.exec(s);
  return !!m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
};

const INSTANT_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;
/** A date, or a date and time with an optional zone, whose every part exists (no 25:00, no +16:00 zone). */
export const isRealInstant = (s: string): boolean => {
  const m = INSTANT_PARTS.exec(s);
  if (!m || !isRealDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  const [hour, minute, second, zoneHours, zoneMinutes] = [m[4], m[5], m[6], m[7], m[8]].map((v) => Number(v ?? 0)) as [number, number, number, number, number];
  return hour <= 23 && minute <= 59 && second <= 59 && zoneHours <= 15 && zoneMinutes <= 59;
};

/** A calendar date YYYY-MM-DD that exists (no 2023-02-30, no year 0). */
export const isoDate = z.iso.date({ message: 'must be a date YYYY-MM-DD', abort: true }).refine(isRealDate, 'must be a real date');

/** An ISO 8601 timestamp with zone whose date and time exist (2025-11-24T18:00:00Z). */
export const isoDateTime = z.iso
  .datetime({ offset: true, message: 'must be a timestamp with zone such as 2025-11-24T18:00:00Z', abort: true })
  .refine(isRealInstant, 'must be a real date and time');

/** A link a user or a file may store: http(s) only (never javascript:, data:, file:…), as the database's `*_url` checks (`~* '^https?://'`) accept it, in text PostgreSQL can store. */
export const httpUrl = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL', abort: true })
  .regex(/^https?:\/\//i, 'must be an http(s) URL')
  .refine(isSafeText, UNSAFE_TEXT_MESSAGE);

/** Slug of a plan edition, e.g. psm-2021-2023. */
export const planCodeParam = safeText()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a plan code such as psm-2021-2023')
  .describe('Plan edition code, e.g. psm-2021-2023');

/** Code of a strategy inside its plan, e.g. 2.1. */
export const strategyCodeParam = safeText().regex(/^\d+\.\d+$/, 'must be a strategy code such as 2.1').describe('Strategy code');

/** Reporting periods of action updates: 2023, 2023-S2, 2023-Q3 or 2023-07. */
export const REPORTING_PERIOD = /^(\d{4})(?:-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

export const periodParam = safeText()
  .regex(/^\d{4}(-(Q[1-4]|S[12]|\d{2}))?$/, 'must be a period such as 2021, 2021-Q3, 2021-S1 or 2021-03');

/** Comma-separated list of codes in a query parameter. */
export const codeList = (what: string) =>
  safeText()
    .min(1)
    .transform((s) => s.split(',').map((c) => c.trim()).filter(Boolean))
    .describe(`Comma-separated ${what} codes`);

export const counted = z.object({ loaded: z.number().int(), declared: z.number().int().nullable() });

export const territoryRef = z.object({
  code: z.string(),
  name: z.string(),
  level: z.string(),
});

export const flags = z.object({
  provisional: z.boolean(),
  estimated: z.boolean(),
  breakInSeries: z.boolean(),
});
