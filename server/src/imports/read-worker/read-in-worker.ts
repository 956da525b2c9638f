import { fork } from 'node:child_process';
import path from 'node:path';
import type { ImportFormat } from '../../contract/values';
import { InvalidFileError } from '../../errors/errors';
import { importIssue } from '../messages';
import type { ReadItem } from '../readers/types';
import { type FromWorker, rebuildError, type ToWorker, type WorkerInput } from './protocol';

/** Heap (MB) the reading worker may use unless configured (IMPORT_READ_MEMORY_MB). */
export const DEFAULT_READ_MEMORY_MB = 1024;
/** Items per message from the worker. */
const BATCH_SIZE = 2000;
/** What V8 prints when a process runs out of heap. */
const OUT_OF_MEMORY = /heap out of memory|Reached heap limit/i;

export type WorkerReadOptions = {
  fileName: string;
  size?: number;
  onProgress?: (bytesRead: number) => void;
  /** The worker's heap limit (--max-old-space-size); a file needing more is refused. */
  maxMemoryMb?: number;
  batchSize?: number;
};

/** The refusal of a file whose reading ran out of the worker's memory. */
function outOfMemory(fileName: string, mb: number): InvalidFileError {
  return new InvalidFileError(fileName, [importIssue('file.outOfMemory', { mb })]);
}

/**
 * The items of a file as its format's reader yields them, read in a child process so that parsing a large
 * or hostile file never holds the API's event loop, with a heap of `maxMemoryMb` so that a file that still
 * blows memory ends the worker, never the server (the file is refused, InvalidFileError). A process, not a
 * worker thread: V8 ends a thread over its heap limit only between allocations, and one large allocation
 * in native code (JSON.parse of a big document) then aborts the whole process.
 *
 * Items come in batches, each one asked for as the previous one is taken: the worker waits while the
 * caller (mapping, staging, the database: all in this process) catches up, so memory stays bounded. A
 * reader's error is rethrown here with its class, message and fields (row, column); stopping early
 * (break, an error in the caller's loop) ends the worker.
 */
export async function* readInWorker(format: ImportFormat, filePath: string, options: WorkerReadOptions): AsyncGenerator<ReadItem> {
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_READ_MEMORY_MB;
  const input: WorkerInput = { format, filePath, fileName: options.fileName, size: options.size, batchSize: options.batchSize ?? BATCH_SIZE };
  const child = fork(path.join(__dirname, 'worker.mjs'), [JSON.stringify(input)], {
    execArgv: [`--max-old-space-size=${maxMemoryMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const inbox: FromWorker[] = [];
  let failure: Error | null = null;
  let closed: string | null = null;
  let stderr = '';
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-16 * 1024);
  });
  child.on('message', (m: FromWorker) => {
    if (m.type === 'progress') options.onProgress?.(m.bytes);
    else inbox.push(m);
    notify();
  });
  child.on('error', (e) => {
    failure ??= e;
    notify();
  });
  // 'close', not 'exit': by then every message and the whole of stderr have arrived.
  child.on('close', (code, signal) => {
    closed = signal ? `signal ${signal}` : `exit code ${code}`;
    notify();
  });
  const ask = () => child.send('next' satisfies ToWorker);
  try {
    ask();
    for (;;) {
      while (inbox.length === 0 && failure === null && closed === null) await new Promise<void>((resolve) => (wake = resolve));
      const m = inbox.shift();
      if (!m) {
        if (failure) throw failure;
        if (OUT_OF_MEMORY.test(stderr)) throw outOfMemory(options.fileName, maxMemoryMb);
        throw new Error(`The import's reading worker stopped unexpectedly (${closed}): ${stderr.trim().split('\n').slice(-3).join(' ') || 'no message'}`);
      }
      if (m.type === 'error') throw rebuildError(m.error, options.fileName);
      if (m.type !== 'batch') continue;
      // Asked before these items are used, so the worker reads the next batch meanwhile.
      if (!m.done) ask();
      options.onProgress?.(m.bytes);
      yield* m.items;
      if (m.done) return;
    }
  } finally {
    // Still running (done, or stopped early): ended, and waited for, so that nothing is left behind.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
  }
}
