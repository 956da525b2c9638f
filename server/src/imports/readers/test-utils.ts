import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { FormatReader, RawRecord, ReadIssue } from './types';

/** The shared data folder sits beside the repository (../shared), locally and in CI. */
export const SHARED_DATA = path.resolve(__dirname, '../../../../../shared/data');

export function sharedFile(rel: string): string {
  return path.join(SHARED_DATA, rel);
}

/** Reads everything a reader yields; a small chunk size makes records and characters straddle chunks. */
export async function readAll(
  reader: FormatReader,
  source: string | Buffer,
  opts: { fileName?: string; chunk?: number } = {},
): Promise<{ records: RawRecord[]; issues: ReadIssue[]; progress: number[] }> {
  const chunk = opts.chunk ?? 97;
  const input =
    typeof source === 'string'
      ? fs.createReadStream(source, { highWaterMark: chunk })
      : Readable.from(Array.from({ length: Math.ceil(source.length / chunk) }, (_, i) => source.subarray(i * chunk, (i + 1) * chunk)));
  const records: RawRecord[] = [];
  const issues: ReadIssue[] = [];
  const progress: number[] = [];
  const fileName = opts.fileName ?? (typeof source === 'string' ? path.basename(source) : 'test-file');
  for await (const item of reader.read(input, { fileName, onProgress: (b) => progress.push(b) })) {
    if ('record' in item) records.push(item.record);
    else issues.push(item.issue);
  }
  return { records, issues, progress };
}

/** The message of the error a promise rejects with ('' when it resolves). */
export async function errorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * A valid JSON-stat dataset with one value (IT, 2020: 1) and an extension padded with `padNumbers` numbers:
 * about 8 bytes each, so the default is near the 64 MiB a JSON document may be, and parsing it whole takes
 * seconds (or more heap than a small limit allows).
 */
export function slowJsonStat(padNumbers = 7_000_000): string {
  return (
    '{"class":"dataset","version":"2.0","id":["geo","time"],"size":[1,1],"role":{"geo":["geo"],"time":["time"]},' +
    '"dimension":{"geo":{"category":{"index":["IT"]}},"time":{"category":{"index":["2020"]}}},"value":[1],' +
    `"extension":{"pad":[${new Array<string>(padNumbers).fill('1234567').join(',')}]}}`
  );
}
