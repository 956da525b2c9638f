import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateLatest } from '../db/knex';
import { type ImportOptions, importOptionsSchema } from '../contract/imports';
import { IMPORT_FORMATS, INDICATOR_SOURCES } from '../contract/values';
import { parsePairs } from '../imports/pipeline/options';
import { rollbackBatch } from '../imports/pipeline/rollback';
import { type ImportReport, runImport } from '../imports/pipeline/run-import';
import { formatIssue } from '../errors/errors';
import { progressBar } from './progress-bar';
import { userPath, withDb } from './with-db';

const USAGE = `Uso / Usage:
  npm run import -- <file> [--indicator CODE | --map SOURCE=OURS ... | --create-indicators]
                           [--filter dim=value ...] [--format ID] [--source SOURCE] [--dry-run] [--json] [--by NAME]
  npm run import -- --rollback <batch id> [--by NAME]
  npm run import -- --list

  --dry-run            preview: what would be inserted, updated, unchanged, and every error; writes nothing
  --indicator CODE     every value of the file belongs to our indicator CODE
  --map A=B            the file's indicator code A is our indicator B (repeatable)
  --create-indicators  create the indicators the file names and we lack, from its codes and labels
  --filter dim=value   keep only rows with that value of an extra dimension, e.g. unit=EUR_HAB, sex=T (repeatable)
  --format ID          force a reader: ${IMPORT_FORMATS.join(', ')}
  --source SOURCE      ${INDICATOR_SOURCES.join(', ')} (default from the format)
  --json               print the report as JSON on stdout

Exit codes: 0 done (or nothing to do), 1 the file has errors (nothing written), 2 wrong usage.`;

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      indicator: { type: 'string' },
      map: { type: 'string', multiple: true },
      'create-indicators': { type: 'boolean' },
      filter: { type: 'string', multiple: true },
      format: { type: 'string' },
      source: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      by: { type: 'string' },
      rollback: { type: 'string' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
function usage(message?: string): never {
  if (message) console.error(`${message}\n`);
  console.error(USAGE);
  process.exit(message ? 2 : 0);
}
try {
  parsed = parse();
} catch (err) {
  usage((err as Error).message);
}
const { values, positionals } = parsed;
if (values.help) usage();
const actor = values.by ?? `cli:${os.userInfo().username}`;
const fmt = new Intl.NumberFormat('it-IT');

function printReport(r: ImportReport): void {
  const c = r.counts;
  const lines = [
    `${r.file.name}: ${r.file.formatLabel ?? 'formato non riconosciuto / unknown format'}, ${fmt.format(r.file.size)} byte, sha256 ${r.file.checksum.slice(0, 12)}…`,
  ];
  if (r.alreadyImported) {
    lines.push(
      `Già importato / Already imported as batch ${r.alreadyImported.batchId} on ${r.alreadyImported.committedAt}: nothing to do.`,
    );
    console.log(lines.join('\n'));
    return;
  }
  lines.push(
    `Righe lette / records ${fmt.format(c.records)} · filtrate / filtered out ${fmt.format(c.filteredOut)} · vuote / missing ${fmt.format(c.missing)} · errori / errors ${fmt.format(c.errors)}`,
  );
  if (r.status !== 'invalid') {
    const verb = r.status === 'committed' ? '' : ' (anteprima / preview)';
    lines.push(
      `Nuovi / inserted ${fmt.format(c.inserted)} · aggiornati / updated ${fmt.format(c.updated)} · invariati / unchanged ${fmt.format(c.unchanged)}${verb}`,
    );
    for (const i of r.indicators) {
      lines.push(`  ${i.created ? '+ ' : ''}${i.code}${i.sourceCode && i.sourceCode !== i.code ? ` ← ${i.sourceCode}` : ''}: ${fmt.format(i.rows)} valori · ${i.name}`);
    }
    if (r.periods) lines.push(`  territori / territories ${r.territories} · periodi / periods ${r.periods.first} – ${r.periods.last}`);
  }
  if (r.errors.length) {
    lines.push('Errori / Errors:');
    for (const e of r.errors) lines.push(`  ${formatIssue(e)}`);
    if (r.errorsTruncated) lines.push(`  … (${fmt.format(c.errors)} errors in all)`);
  }
  if (r.status === 'committed') lines.push(`Importato / Committed: batch ${r.batchId}. Undo with: npm run import -- --rollback ${r.batchId}`);
  else if (r.status === 'invalid') lines.push('Nulla è stato scritto / Nothing was written.');
  else lines.push('Anteprima: nulla è stato scritto / Preview: nothing was written. Run again without --dry-run to import.');
  console.log(lines.join('\n'));
}

// Arguments are checked before the database is opened: a usage error never touches it.
const rollbackId = values.rollback === undefined ? undefined : Number(values.rollback);
if (rollbackId !== undefined && (!Number.isInteger(rollbackId) || rollbackId <= 0)) usage(`--rollback needs a batch id, got "${values.rollback}"`);
const importing = !values.list && rollbackId === undefined;
let file: string | undefined;
let importOptions: ImportOptions | undefined;
if (importing) {
  file = positionals[0];
  if (!file || positionals.length > 1) usage(file ? `One file at a time (got ${positionals.length}).` : 'Which file?');
  const map = parsePairs(values.map ?? []);
  const filters = parsePairs(values.filter ?? []);
  if ('bad' in map) usage(`--map ${map.bad}: expected SOURCE_CODE=OUR_CODE`);
  if ('bad' in filters) usage(`--filter ${filters.bad}: expected dimension=value`);
  const options = importOptionsSchema.safeParse({
    format: values.format,
    indicator: values.indicator,
    map: Object.keys(map.value).length ? map.value : undefined,
    createIndicators: values['create-indicators'] || undefined,
    filters: Object.keys(filters.value).length ? filters.value : undefined,
    source: values.source,
  });
  if (!options.success) usage(options.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('\n'));
  importOptions = options.data;
}

void withDb(async (db, cfg) => {
  await migrateLatest(db);
  if (values.list) {
    const rows = await db('import_batches').orderBy('id').select('id', 'status', 'file_name', 'format', 'rows_inserted', 'rows_updated', 'created_by_label', 'created_at');
    for (const b of rows) {
      console.log(`${String(b.id).padStart(4)}  ${b.status.padEnd(11)}  ${new Date(b.created_at).toISOString().slice(0, 16)}  +${b.rows_inserted} ~${b.rows_updated}  ${b.file_name} (${b.format}, ${b.created_by_label ?? ''})`);
    }
    return;
  }
  if (values.rollback !== undefined) {
    const r = await rollbackBatch(db, rollbackId!, { actor });
    console.log(
      `Batch ${r.batchId} annullato / rolled back: ${fmt.format(r.removed)} values removed, ${fmt.format(r.restored)} earlier values restored` +
        (r.indicatorsRemoved.length ? `, indicators removed: ${r.indicatorsRemoved.join(', ')}` : '') +
        '.',
    );
    return;
  }

  const bar = values.json ? { update: () => undefined, done: () => undefined } : progressBar();
  const started = Date.now();
  const report = await runImport(db, userPath(file!), importOptions!, {
    mode: values['dry-run'] ? 'preview' : 'commit',
    actor,
    fileName: path.basename(file!),
    onProgress: bar.update,
    readMemoryMb: cfg.importReadMemoryMb,
  });
  bar.done();
  if (values.json) {
    const usage = process.resourceUsage();
    console.log(JSON.stringify({ ...report, process: { maxRssBytes: usage.maxRSS * 1024, elapsedMs: Date.now() - started } }));
  } else printReport(report);
  if (report.status === 'invalid') process.exitCode = 1;
});
