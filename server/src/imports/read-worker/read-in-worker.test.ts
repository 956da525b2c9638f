import childProcess from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidFileError } from '../../errors/errors';
import { istatSdmxCsvReader } from '../readers/istat-sdmx-csv';
import { jsonStatReader } from '../readers/json-stat';
import { errorOf, readAll, sharedFile, slowJsonStat } from '../readers/test-utils';
import { tidyCsvReader } from '../readers/tidy-csv';
import type { ImportFormat } from '../../contract/values';
import type { ReadItem } from '../readers/types';
import { readInWorker, type WorkerReadOptions } from './read-in-worker';

const SDMX_CSV = sharedFile('formats/istat_sdmx_csv_41_983_incidenti_comuni.csv');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-in-worker-'));
const BIG = path.join(dir, 'big.json');
beforeAll(() => fs.writeFileSync(BIG, slowJsonStat()));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

async function all(format: ImportFormat, file: string, options: Partial<WorkerReadOptions> = {}): Promise<{ items: ReadItem[]; progress: number[] }> {
  const items: ReadItem[] = [];
  const progress: number[] = [];
  for await (const item of readInWorker(format, file, { fileName: path.basename(file), onProgress: (b) => progress.push(b), ...options })) items.push(item);
  return { items, progress };
}

/** The longest time (ms) the event loop was held while `run` ran, measured by a 5 ms interval. */
async function longestHold(run: () => Promise<unknown>): Promise<number> {
  let last = Date.now();
  let longest = 0;
  const tick = setInterval(() => {
    const now = Date.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await run().catch(() => undefined);
    // One more turn of the loop, so that a hold at the very end is measured too.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    clearInterval(tick);
  }
  return longest;
}

describe('reading a file in a worker process', () => {
  it('yields what the reader yields, in order, batch after batch, with the bytes read', async () => {
    const expected = await readAll(istatSdmxCsvReader, SDMX_CSV, { chunk: 64 * 1024 });
    const { items, progress } = await all('istat-sdmx-csv', SDMX_CSV, { batchSize: 7 });
    expect(items.length).toBeGreaterThan(20);
    expect(items.flatMap((i) => ('record' in i ? [i.record] : []))).toEqual(expected.records);
    expect(items.flatMap((i) => ('issue' in i ? [i.issue] : []))).toEqual(expected.issues);
    expect(progress.at(-1)).toBe(fs.statSync(SDMX_CSV).size);
  });

  it("rethrows a reader's refusal with its class, message, row and column", async () => {
    const file = write('wide.csv', `indicatore;territorio;anno;valore\nA;IT;2020;1\nA;IT;2021;${'1;'.repeat(10_001)}1\n`);
    const inThread = await readAll(tidyCsvReader, file).catch((e: unknown) => e as InvalidFileError);
    const inWorker = await all('tidy-csv', file).catch((e: unknown) => e as InvalidFileError);
    expect(inWorker).toBeInstanceOf(InvalidFileError);
    expect(inThread).toBeInstanceOf(InvalidFileError);
    expect((inWorker as InvalidFileError).message).toBe((inThread as InvalidFileError).message);
    expect((inWorker as InvalidFileError).issues).toEqual((inThread as InvalidFileError).issues);
    expect((inWorker as InvalidFileError).issues[0]).toMatchObject({ row: 3, message: expect.stringMatching(/more than 10,000 columns/) });
  });

  it('ends the worker when the caller stops early', async () => {
    const file = write('long.csv', `indicatore;territorio;anno;valore\n${'A;IT;2020;1\n'.repeat(200_000)}`);
    const fork = jest.spyOn(childProcess, 'fork');
    try {
      for await (const item of readInWorker('tidy-csv', file, { fileName: 'long.csv' })) {
        expect(item).toMatchObject({ record: { row: 2 } });
        break;
      }
      const worker = fork.mock.results[0]!.value as childProcess.ChildProcess;
      expect(worker.exitCode ?? worker.signalCode).toBe('SIGKILL');
    } finally {
      fork.mockRestore();
    }
  });

  it('keeps the event loop free while a large document is parsed, which read here would hold it for seconds', async () => {
    let here = 0;
    const hereHold = await longestHold(async () => {
      for await (const _ of jsonStatReader.read(fs.createReadStream(BIG), { fileName: 'big.json' })) here++;
    });
    let inWorker = 0;
    const started = Date.now();
    const workerHold = await longestHold(async () => {
      for await (const _ of readInWorker('json-stat', BIG, { fileName: 'big.json' })) inWorker++;
    });
    const workerMs = Date.now() - started;
    expect([here, inWorker]).toEqual([1, 1]);
    // Relative bounds, for a loaded machine: read here, one hold lasts most of the parse (seconds).
    expect(hereHold).toBeGreaterThan(workerMs / 4);
    expect(workerHold).toBeLessThan(hereHold / 4);
  });

  it('refuses a file needing more memory than allowed, naming the limit; this process goes on', async () => {
    const message = await errorOf(all('json-stat', BIG, { maxMemoryMb: 32 }));
    expect(message).toMatch(/big\.json: .*\nReading the file needs more memory than the import allows \(32 MB, IMPORT_READ_MEMORY_MB\)/);
    const { items } = await all('istat-sdmx-csv', SDMX_CSV);
    expect(items.length).toBeGreaterThan(20);
  });
});
