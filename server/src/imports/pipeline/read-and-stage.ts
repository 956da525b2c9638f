import type { Knex } from 'knex';
import { readInWorker } from '../read-worker/read-in-worker';
import type { FormatReader } from '../readers/types';
import type { ToCreate } from './mapper/indicator-step';
import { RecordMapper } from './mapper/record-mapper';
import type { ImportOptions } from './options';
import { indicatorSummary } from './report/indicator-summary';
import { ReportBuilder } from './report/report-builder';
import { type StageWriter, stageWriter } from './stage';
import type { ImportContext, ImportProgress, ImportReport } from './types';

/** What the later steps need from the reading: the indicators to create, the column of the values. */
export type ReadState = { toCreate: ReadonlyMap<string, ToCreate>; valueColumn: string | null };

/** Progress is handed out every this many records. */
const PROGRESS_EVERY = 10_000;

/**
 * Ends the staging write when reading stops early (a reader rejecting the file mid-way, an error while
 * checking a row): a connection left in COPY mode never completes the ROLLBACK, and the import would
 * hang holding the import lock.
 */
async function* endingStageOnError<T>(items: AsyncIterable<T>, writer: StageWriter): AsyncGenerator<T> {
  let finished = false;
  try {
    yield* items;
    finished = true;
  } finally {
    if (!finished) await writer.end().catch(() => undefined);
  }
}

/**
 * Reads the file record by record, maps each to our indicator, territory, period, value and flags, and
 * streams the mapped ones into the staging table; the report is filled as it goes (errors: up to 1,000 listed).
 */
export async function readAndStage(
  trx: Knex,
  filePath: string,
  fileName: string,
  reader: FormatReader,
  options: ImportOptions,
  report: ImportReport,
  progress: ImportProgress,
  ctx: ImportContext,
): Promise<ReadState> {
  const mapper = await RecordMapper.load(trx, options);
  const builder = new ReportBuilder(report, mapper.filters.list, mapper.indicators.fixed !== undefined);
  const writer = await stageWriter(trx);

  // Parsed in a worker process: a slow or hostile file never holds this event loop, where the database work is.
  const items = readInWorker(reader.id, filePath, {
    fileName,
    size: report.file.size,
    onProgress: (b) => (progress.bytesDone = b),
    maxMemoryMb: ctx.readMemoryMb,
  });
  let lastReport = 0;
  for await (const item of endingStageOnError(items, writer)) {
    progress.rowsDone++;
    if (ctx.onProgress && progress.rowsDone - lastReport >= PROGRESS_EVERY) {
      lastReport = progress.rowsDone;
      ctx.onProgress({ ...progress });
    }
    if ('issue' in item) {
      builder.readIssue(item.issue);
      continue;
    }
    const out = mapper.map(item.record);
    builder.record(item.record, out);
    if ('kind' in out) continue;
    const pending = writer.write(out);
    if (pending) await pending;
  }
  await writer.end();
  progress.phase = 'checking';

  builder.finish(reader.label);
  const { indicators } = mapper;
  report.indicators = await indicatorSummary(trx, builder.rowsByIndicator, indicators.toCreate, indicators.sourceCodes);
  return { toCreate: indicators.toCreate, valueColumn: builder.valueColumn };
}
