/**
 * Whether an error means the database cannot serve us right now (down, restarting, unreachable,
 * out of connections), as opposed to a query that failed on its own. The error handler answers
 * those 503 with Retry-After; the response cache keeps serving what it holds.
 */

/** Socket errors of the driver (Node's `code`). */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLSTATEs: 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections (class 08 is checked apart). */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * What pg and knex say when the connection is gone or could not be had in time: pg's messages carry no
 * code, and knex prefixes a failed query's message with its SQL, hence "includes".
 */
const MESSAGES = [
  'Connection terminated',
  'timeout expired',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Timeout acquiring a connection',
];

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 3) return false;
  const { code, name, message, errors, cause } = err as { code?: unknown; name?: unknown; message?: unknown; errors?: unknown; cause?: unknown };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (name === 'KnexTimeoutError') return true;
  if (typeof message === 'string' && MESSAGES.some((m) => message.includes(m))) return true;
  // Node's happy-eyeballs connect (localhost as ::1 and 127.0.0.1) fails with an AggregateError of both attempts.
  if (Array.isArray(errors) && errors.length > 0 && errors.every((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
