import { AppError, type InputIssue } from './errors';

/** The SQLSTATE of a database error: pg and PGlite both put it in `code`. */
export function sqlState(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

const UNIQUE_VIOLATION = '23505';

/** A unique key the write would have broken, usually taken by a concurrent write after the check before it. */
export const isUniqueViolation = (e: unknown): boolean => sqlState(e) === UNIQUE_VIOLATION;
/** A serialization failure or a deadlock: PostgreSQL cancelled this transaction so a concurrent one could finish. */
const CANCELLED_FOR_ANOTHER = new Set(['40001', '40P01']);

/** A code or name another write holds already (409), located by the field that carries it. */
export class DuplicateError extends AppError {
  constructor(issue: Required<Pick<InputIssue, 'name' | 'message'>>) {
    super(409, 'conflict', 'Conflitto / Conflict', `${issue.name}: ${issue.message}`, [issue]);
  }
}

/** A write that lost a race to a concurrent write of the same data (409); nothing of it was kept. */
export class ConcurrentWriteError extends AppError {
  constructor() {
    super(409, 'conflict', 'Conflitto / Conflict', 'Another change to the same data was saved at the same time: nothing was written. Reload and try again.');
  }
}

/**
 * Runs a write (a whole transaction, so nothing of it stays) and turns losing a race to a concurrent
 * write into a 409 instead of a 500: a unique key taken in the meantime answers what `duplicate` says.
 */
export async function conflictOnRace<T>(write: () => Promise<T>, duplicate?: () => AppError): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const state = sqlState(e);
    if (isUniqueViolation(e)) throw duplicate?.() ?? new ConcurrentWriteError();
    if (state && CANCELLED_FOR_ANOTHER.has(state)) throw new ConcurrentWriteError();
    throw e;
  }
}
