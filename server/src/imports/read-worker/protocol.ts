import type { ImportFormat } from '../../contract/values';
import { AppError, type InputIssue, InvalidFileError } from '../../errors/errors';
import type { ReadItem } from '../readers/types';

/*
 * What the import (in the API's process) and its reading worker (./worker.ts, a child process) say to each
 * other. The import asks for a batch ('next'); the worker reads until it has one, sends it and waits for
 * the next ask.
 */

/** What the worker reads, given as its one argument (JSON). */
export type WorkerInput = { format: ImportFormat; filePath: string; fileName: string; size?: number; batchSize: number };

/** The import's only message: send the next batch. */
export type ToWorker = 'next';

export type FromWorker =
  /** Bytes of the file read so far, now and then while no batch is due. */
  | { type: 'progress'; bytes: number }
  /** Up to `batchSize` items; `done` on the last one. */
  | { type: 'batch'; items: ReadItem[]; bytes: number; done: boolean }
  /** The reader threw: the error as data, rebuilt by `rebuildError`. */
  | { type: 'error'; error: SerialError };

/** An error as it crosses the thread boundary: its class by kind, and every field that class carries. */
export type SerialError = {
  kind: 'invalid-file' | 'app' | 'error';
  name: string;
  message: string;
  stack?: string;
  status?: number;
  type?: string;
  title?: string;
  issues?: InputIssue[];
  extensions?: Record<string, unknown>;
};

export function serialiseError(e: unknown): SerialError {
  if (e instanceof AppError) {
    return {
      kind: e instanceof InvalidFileError ? 'invalid-file' : 'app',
      name: e.name,
      message: e.message,
      stack: e.stack,
      status: e.status,
      type: e.type,
      title: e.title,
      issues: e.issues,
      extensions: e.extensions,
    };
  }
  if (e instanceof Error) return { kind: 'error', name: e.name, message: e.message, stack: e.stack };
  return { kind: 'error', name: 'Error', message: String(e) };
}

/** The error of the worker as the import throws it: same class (InvalidFileError, AppError, Error), message and fields. */
export function rebuildError(s: SerialError, fileName: string): Error {
  let e: Error;
  if (s.kind === 'invalid-file') e = new InvalidFileError(fileName, s.issues ?? []);
  else if (s.kind === 'app') e = new AppError(s.status ?? 500, s.type ?? 'error', s.title ?? s.name, s.message, s.issues ?? [], s.extensions ?? {});
  else {
    e = new Error(s.message);
    e.name = s.name;
  }
  e.message = s.message;
  if (s.stack) e.stack = s.stack;
  return e;
}
