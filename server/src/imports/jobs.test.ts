import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDb, type TestDb } from '../test/test-db';
import type { ImportBatchRow } from '../db/rows';
import { ImportJobs } from './jobs';
import type { ImportReport } from './pipeline/types';
import { sharedFile } from './readers/test-utils';

const EUROSTAT = sharedFile('series/eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv');
const OPTIONS = { indicator: 'EUROSTAT_GDP_EUR_HAB', filters: { unit: 'EUR_HAB', geo: 'IT,ITC1,ITC11,ITC' } };

let t: TestDb;
const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-jobs-'));
beforeAll(async () => {
  t = await createTestDb();
  fs.copyFileSync(EUROSTAT, path.join(uploadDir, 'stored.tsv'));
});
afterAll(async () => {
  await t.destroy();
  fs.rmSync(uploadDir, { recursive: true, force: true });
});

/** A batch as an upload records it; its checksum is the upload's (here not the file's SHA-256, to tell them apart). */
async function uploaded(checksum: string): Promise<ImportBatchRow> {
  const [row] = (await t
    .db('import_batches')
    .insert({
      status: 'uploaded',
      file_name: 'nama_10r_3gdp.tsv',
      format: 'eurostat-tsv',
      format_label: 'Eurostat bulk TSV',
      checksum,
      size_bytes: fs.statSync(EUROSTAT).size,
      stored_path: 'stored.tsv',
      options: JSON.stringify(OPTIONS),
      created_by_label: 'test',
    })
    .returning('*')) as ImportBatchRow[];
  return row!;
}

/** Runs the queued job of `row` (an upload, or a batch whose commit was asked) in a process of its own. */
async function run(row: ImportBatchRow): Promise<{ row: ImportBatchRow; report: ImportReport }> {
  const jobs = new ImportJobs(t.db, { uploadDir, onDataChanged: () => undefined, log: (msg, err) => console.error(msg, err) });
  jobs.kick();
  await jobs.idle();
  const after = (await t.db('import_batches').where('id', row.id).first()) as ImportBatchRow;
  return { row: after, report: (typeof after.report === 'string' ? JSON.parse(after.report) : after.report) as ImportReport };
}

describe('import jobs', () => {
  it("take the file's size, checksum and format from the upload, and recognise a file already imported by that checksum", async () => {
    const first = await run(await uploaded('upload-checksum-1'));
    expect(first.row.status).toBe('previewed');
    expect(first.report.file).toEqual({
      name: 'nama_10r_3gdp.tsv',
      size: fs.statSync(EUROSTAT).size,
      checksum: 'upload-checksum-1',
      format: 'eurostat-tsv',
      formatLabel: expect.stringContaining('Eurostat'),
    });
    expect(first.report.counts).toMatchObject({ inserted: 23, unchanged: 68, errors: 0 });

    await t.db('import_batches').where('id', first.row.id).update({ status: 'committing', worker_id: null });
    const committed = await run({ ...first.row, status: 'committing' });
    expect(committed.row).toMatchObject({ status: 'committed', checksum: 'upload-checksum-1' });

    const again = await run(await uploaded('upload-checksum-1'));
    expect(again.report).toMatchObject({ status: 'already_imported', alreadyImported: { batchId: first.row.id } });
    const other = await run(await uploaded('upload-checksum-2'));
    expect(other.report).toMatchObject({ status: 'previewed', alreadyImported: null });
  });
});
