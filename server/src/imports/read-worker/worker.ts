import fs from 'node:fs';
import { readerOf } from '../readers/index';
import type { ReadItem } from '../readers/types';
import { type FromWorker, serialiseError, type WorkerInput } from './protocol';

/*
 * The reading side of an import, run in a child process (see ./read-in-worker.ts): reads the file with its
 * format's reader and sends the items in batches, one batch each time the import asks for one, so at most
 * a batch or two are held at a time whatever the size of the file.
 */

/** Progress is sent at most this often (ms) between batches. */
const PROGRESS_MS = 250;

const input = JSON.parse(process.argv[2]!) as WorkerInput;
const post = (m: FromWorker) => process.send!(m);

let asked = 0;
let wake: (() => void) | null = null;
process.on('message', () => {
  asked++;
  wake?.();
  wake = null;
});
// The import ends the worker once it has the last batch or the error; should the API's process go away
// first, the channel closes and the worker ends too.
process.on('disconnect', () => process.exit(0));

/** Resolves when the import has asked for a batch not yet sent. */
async function asking(): Promise<void> {
  while (asked === 0) await new Promise<void>((resolve) => (wake = resolve));
  asked--;
}

async function read(): Promise<void> {
  const reader = readerOf(input.format);
  if (!reader) throw new Error(`No reader for the format "${input.format}".`);
  let bytes = 0;
  let lastPost = Date.now();
  const onProgress = (b: number) => {
    bytes = b;
    if (Date.now() - lastPost >= PROGRESS_MS) {
      lastPost = Date.now();
      post({ type: 'progress', bytes });
    }
  };
  const file = fs.createReadStream(input.filePath, { highWaterMark: 64 * 1024 });
  let batch: ReadItem[] = [];
  for await (const item of reader.read(file, { fileName: input.fileName, size: input.size, onProgress })) {
    batch.push(item);
    if (batch.length >= input.batchSize) {
      await asking();
      post({ type: 'batch', items: batch, bytes, done: false });
      batch = [];
    }
  }
  await asking();
  post({ type: 'batch', items: batch, bytes, done: true });
}

read().catch((e: unknown) => post({ type: 'error', error: serialiseError(e) }));
