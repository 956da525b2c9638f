/**
 * One export of the report benchmark (started by bench/report.ts, not meant to be run by hand): reads
 * report REPORT_ID from DATABASE_URL, resolves it and writes it as FORMAT (docx or pdf) to OUT, then
 * prints one JSON line: milliseconds (resolve + render), bytes and the process's peak RSS in MB.
 * A process of its own, so the peak RSS is the export's and nothing else's.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createDb } from '../server/src/db/knex';
import { reportToDocx } from '../server/src/reports/docx';
import { reportToPdf } from '../server/src/reports/pdf';
import { resolveReport } from '../server/src/reports/resolve';
import { getReport } from '../server/src/reports/service';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL!;
  const format = process.env.FORMAT as 'docx' | 'pdf';
  const db = await createDb({ kind: 'postgres', url, poolMax: 2 });
  const report = await getReport(db, Number(process.env.REPORT_ID));
  const t = performance.now();
  const resolved = await resolveReport(db, report);
  const resolvedMs = performance.now() - t;
  const body = format === 'docx' ? await reportToDocx(resolved) : reportToPdf(resolved);
  const ms = performance.now() - t;
  fs.writeFileSync(process.env.OUT!, body);
  await db.destroy();
  const figures = resolved.document.blocks.filter((b) => b.kind === 'figure').length;
  const tables = resolved.document.blocks.filter((b) => b.kind === 'table').length;
  console.log(JSON.stringify({ format, ms, resolvedMs, bytes: body.length, figures, tables, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((err) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
