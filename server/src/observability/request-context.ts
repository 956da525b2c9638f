import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The id of the request being served, set once at the edge and read where a record of the request
 * is written (the audit log), so services and domain modules never take HTTP objects to pass it on.
 * Work started by a request (an import job) keeps its id.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `fn` with `requestId` as the current id (null: with none, e.g. a job queued by the CLI). */
export function runWithRequestId<T>(requestId: string | null, fn: () => T): T {
  return requestId === null ? storage.exit(fn) : storage.run({ requestId }, fn);
}

/** The current request's id; null outside a request (CLI, seed, start-up). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}
