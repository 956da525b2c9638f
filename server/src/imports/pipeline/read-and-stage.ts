import fs from 'node:fs';
import type { Knex } from 'knex';
import type { InputIssue } from '../../errors/errors';
import { mapFlags, type ObservationFlags } from '../mapping/flags';
import { indicatorCodeFromSource, IndicatorResolver, type IndicatorRow } from '../mapping/indicators';
import { normalisePeriod, type Period, PERIOD_FORMATS } from '../mapping/periods';
import { TerritoryResolver } from '../mapping/territories';
import { parseValue } from '../mapping/values';
import type { FormatReader, RawRecord } from '../readers/types';
import type { ImportOptions } from './options';
import { type StageRow, type StageWriter, stageWriter } from './stage';
import type { ImportContext, ImportProgress, ImportReport } from './types';

const MAX_ERRORS = 1000;
const MAX_DIMENSION_VALUES = 20;
/** Dimensions that never need a filter: the period already says the frequency. */
const FREE_DIMENSIONS = new Set(['FREQ', 'FREQUENCY']);
const NO_FLAGS: ObservationFlags = mapFlags([]);

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

/** Unknown or ambiguous codes, reported once per code with how many rows and which. */
type CodeProblem = { column: string; rows: number[]; count: number; message: string };

function rowsText(p: CodeProblem): string {
  const rows = `row${p.rows.length > 1 ? 's' : ''} ${p.rows.join(', ')}${p.rows.length === 5 ? ', …' : ''}`;
  return `${p.count} value${p.count > 1 ? 's' : ''}: ${rows}`;
}

export type ToCreate = { tempId: number; sourceCode: string; label: string | null; frequency: Period['frequency']; rows: number };
export type ReadState = {
  toCreate: Map<string, ToCreate>;
  rowsByIndicator: Map<number, number>;
  territoryDim: string | null;
  timeDim: string | null;
  valueColumn: string | null;
};

/**
 * Reads the file record by record, maps each to our indicator, territory, period, value and flags, and
 * streams the checked values into the staging table; errors are collected (up to 1,000 listed).
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
  const territories = await TerritoryResolver.load(trx);
  const indicators = await IndicatorResolver.load(trx);
  const fixed: IndicatorRow | undefined = options.indicator ? indicators.byOurCode(options.indicator) : undefined;
  const map = options.map ?? {};
  // A filter keeps one value or a comma-separated list (geo=IT,ITC1,ITC11).
  const filters = Object.entries(options.filters ?? {}).map(
    ([dim, list]) => [dim, new Set(list.split(',').map((v) => v.trim()).filter(Boolean))] as const,
  );
  const writer = await stageWriter(trx);

  const state: ReadState = { toCreate: new Map(), rowsByIndicator: new Map(), territoryDim: null, timeDim: null, valueColumn: null };
  const counts = report.counts;
  const addError = (issue: InputIssue) => {
    counts.errors++;
    if (report.errors.length < MAX_ERRORS) report.errors.push(issue);
    else report.errorsTruncated = true;
  };
  const codeProblems = new Map<string, CodeProblem>();
  const codeProblem = (key: string, column: string, row: number, message: string) => {
    counts.errors++;
    const p = codeProblems.get(key);
    if (p) {
      p.count++;
      if (p.rows.length < 5 && p.rows[p.rows.length - 1] !== row) p.rows.push(row);
    } else codeProblems.set(key, { column, rows: [row], count: 1, message });
  };

  const territoryCache = new Map<string, number | null>();
  const indicatorCache = new Map<string, number | null>();
  const periodCache = new Map<string, Period | null>();
  const dimensionValues = new Map<string, Map<string, number>>();
  const dimensionsMore = new Set<string>();
  const filterDims = new Map<string, string | null>();
  const seenDims = new Set<string>();
  const territoryIds = new Set<number>();
  let firstStart = '';
  let lastStart = '';
  let firstPeriod = '';
  let lastPeriod = '';
  let noIndicatorDim = false;
  let nextTempId = -1;

  const trackDimension = (dim: string, value: string, row: number) => {
    let values = dimensionValues.get(dim);
    if (!values) dimensionValues.set(dim, (values = new Map()));
    if (values.has(value)) return;
    if (values.size >= MAX_DIMENSION_VALUES) dimensionsMore.add(dim);
    else values.set(value, row);
  };
  /** The file's name for a dimension a filter names, case-insensitively. */
  const filterDim = (r: RawRecord, wanted: string): string | null => {
    if (filterDims.has(wanted)) return filterDims.get(wanted)!;
    const hit = Object.keys(r.dimensions).find((d) => d.toLowerCase() === wanted.toLowerCase()) ?? null;
    if (hit) filterDims.set(wanted, hit);
    return hit;
  };

  const input = fs.createReadStream(filePath, { highWaterMark: 64 * 1024 });
  let lastReport = 0;
  const items = reader.read(input, { fileName, size: report.file.size, onProgress: (b) => (progress.bytesDone = b) });
  for await (const item of endingStageOnError(items, writer)) {
    counts.records++;
    progress.rowsDone++;
    if (ctx.onProgress && progress.rowsDone - lastReport >= 10_000) {
      lastReport = progress.rowsDone;
      ctx.onProgress({ ...progress });
    }
    if ('issue' in item) {
      addError(item.issue);
      continue;
    }
    const r = item.record;
    if (counts.records <= 100) for (const d of Object.keys(r.dimensions)) seenDims.add(d);
    state.territoryDim ??= r.territoryDim;
    state.timeDim ??= r.timeDim;
    state.valueColumn ??= r.valueColumn;

    let keep = true;
    for (const [wanted, value] of filters) {
      const dim = filterDim(r, wanted);
      if (dim === null) continue;
      const actual = r.dimensions[dim]!;
      trackDimension(dim, actual, r.row);
      if (!value.has(actual)) keep = false;
    }
    if (!keep) {
      counts.filteredOut++;
      continue;
    }
    for (const dim in r.dimensions) {
      if (dim === r.territoryDim || dim === r.timeDim || (dim === r.indicatorDim && !fixed) || FREE_DIMENSIONS.has(dim.toUpperCase())) {
        continue;
      }
      trackDimension(dim, r.dimensions[dim]!, r.row);
    }
    if (r.value === null) {
      counts.missing++;
      continue;
    }

    // Indicator
    let indicatorId: number | null;
    const sourceCode = r.indicatorDim ? r.dimensions[r.indicatorDim]! : null;
    if (fixed) indicatorId = fixed.id;
    else if (sourceCode === null) {
      noIndicatorDim = true;
      counts.errors++;
      continue;
    } else {
      indicatorId = indicatorCache.get(sourceCode) ?? null;
      if (!indicatorCache.has(sourceCode)) {
        const hit = indicators.resolve(sourceCode, map);
        if (hit) indicatorId = hit.id;
        else if (options.createIndicators && indicatorCodeFromSource(sourceCode)) {
          indicatorId = nextTempId--;
          state.toCreate.set(sourceCode, {
            tempId: indicatorId,
            sourceCode,
            label: r.labels?.[r.indicatorDim!] ?? null,
            frequency: normalisePeriod(r.dimensions[r.timeDim] ?? '')?.frequency ?? 'annual',
            rows: 0,
          });
        }
        indicatorCache.set(sourceCode, indicatorId);
      }
      if (indicatorId === null) {
        codeProblem(
          `i:${sourceCode}`,
          r.indicatorDim!,
          r.row,
          `Unknown indicator "${sourceCode}". Map it to one of ours with --map ${sourceCode}=OUR_CODE, give one indicator for the whole file with --indicator, or create it with --create-indicators.`,
        );
        // Go on to the territory, so one run reports unknown indicators and unknown territories together.
      }
    }

    // Territory
    const territoryCode = r.dimensions[r.territoryDim] ?? '';
    let territoryId = territoryCache.get(territoryCode);
    if (territoryId === undefined) {
      const hit = territories.resolve(territoryCode);
      territoryId = hit && 'id' in hit ? hit.id : null;
      territoryCache.set(territoryCode, territoryId);
      if (hit && 'ambiguous' in hit) {
        codeProblems.set(`t:${territoryCode}`, {
          column: r.territoryDim,
          rows: [],
          count: 0,
          message: `Territory "${territoryCode}" is ambiguous: it may be ${hit.ambiguous.join(' or ')}. Use a code.`,
        });
      }
    }
    if (territoryId === null) {
      const key = `t:${territoryCode}`;
      if (codeProblems.has(key)) {
        const p = codeProblems.get(key)!;
        p.count++;
        counts.errors++;
        if (p.rows.length < 5 && p.rows[p.rows.length - 1] !== r.row) p.rows.push(r.row);
      } else {
        const label = r.labels?.[r.territoryDim];
        codeProblem(
          key,
          r.territoryDim,
          r.row,
          territoryCode === ''
            ? 'Empty territory code.'
            : `Unknown territory "${territoryCode}"${label ? ` (${label})` : ''}: not an ISTAT, NUTS or UTS code, nor the name of one of our territories (GET /api/territories). To import only the territories we have, filter them: --filter ${r.territoryDim}=CODE,CODE…`,
        );
      }
      continue;
    }

    if (indicatorId === null) continue;

    // Period
    const rawPeriod = r.dimensions[r.timeDim] ?? '';
    let period = periodCache.get(rawPeriod);
    if (period === undefined) {
      period = normalisePeriod(rawPeriod);
      periodCache.set(rawPeriod, period);
    }
    if (period === null) {
      addError({ row: r.row, column: r.timeDim, message: `"${rawPeriod}" is not a period: expected ${PERIOD_FORMATS}.` });
      continue;
    }

    // Value and flags
    const parsed = parseValue(r.value, r.unitMultiplier ?? 0);
    if ('error' in parsed) {
      addError({ row: r.row, column: r.valueColumn, message: parsed.error });
      continue;
    }
    const flags = r.flags.length ? mapFlags(r.flags) : NO_FLAGS;

    counts.valid++;
    state.rowsByIndicator.set(indicatorId, (state.rowsByIndicator.get(indicatorId) ?? 0) + 1);
    territoryIds.add(territoryId);
    if (!firstStart || period.start < firstStart) [firstStart, firstPeriod] = [period.start, period.period];
    if (!lastStart || period.start > lastStart) [lastStart, lastPeriod] = [period.start, period.period];
    const row: StageRow = {
      indicatorId,
      territoryId,
      period: period.period,
      periodStart: period.start,
      value: parsed.value,
      provisional: flags.provisional,
      estimated: flags.estimated,
      breakInSeries: flags.breakInSeries,
      sourceFlag: flags.sourceFlag,
      sourceRow: r.row,
    };
    const pending = writer.write(row);
    if (pending) await pending;
  }
  await writer.end();
  progress.phase = 'checking';

  for (const p of codeProblems.values()) {
    if (p.count === 0) continue;
    const issue = { row: p.rows[0], column: p.column, message: `${p.message} (${rowsText(p)})` };
    if (report.errors.length < MAX_ERRORS) report.errors.push(issue);
  }
  if (noIndicatorDim) {
    report.errors.push({
      name: 'indicator',
      message: `This ${reader.label} file does not say which indicator its values belong to: give one with --indicator CODE.`,
    });
  }
  for (const [wanted, values] of filters) {
    const dim = filterDims.get(wanted);
    if (!dim) {
      counts.errors++;
      report.errors.push({
        name: 'filter',
        message: `Filter ${wanted}=${[...values].join(',')}: the file has no dimension "${wanted}"; its dimensions are ${[...seenDims].join(', ')}.`,
      });
      continue;
    }
    const seen = dimensionValues.get(dim);
    for (const value of values) {
      // Only a short list of values per dimension is kept; past it, an unseen value may still be in the file.
      if (seen?.has(value) || dimensionsMore.has(dim)) continue;
      counts.errors++;
      report.errors.push({
        name: 'filter',
        column: dim,
        message: `Filter ${wanted}=${value}: no row has ${dim}=${value}; the file has ${[...(seen?.keys() ?? [])].join(', ')}.`,
      });
    }
  }
  const filtered = new Set(filterDims.values());
  for (const [dim, values] of dimensionValues) {
    report.dimensions.push({ name: dim, values: [...values.keys()], more: dimensionsMore.has(dim) });
    if (filtered.has(dim) || values.size <= 1) continue;
    const [first, second] = [...values.entries()];
    counts.errors++;
    report.errors.push({
      row: second![1],
      column: dim,
      message:
        `"${dim}" has several values (${[...values.keys()].slice(0, 8).join(', ')}${values.size > 8 || dimensionsMore.has(dim) ? ', …' : ''}), ` +
        `so one indicator, territory and period would get more than one value: keep one with --filter ${dim}=${first![0]}.`,
    });
  }
  report.territories = territoryIds.size;
  report.periods = firstStart ? { first: firstPeriod, last: lastPeriod } : null;
  const created = new Map([...state.toCreate.values()].map((c) => [c.tempId, c]));
  const ids = [...state.rowsByIndicator.keys()].filter((id) => id > 0);
  const names = new Map(
    ids.length ? ((await trx('indicators').whereIn('id', ids).select('id', 'code', 'name', 'source_code')) as IndicatorRow[]).map((i) => [i.id, i]) : [],
  );
  const sourceById = new Map<number, string>();
  for (const [src, id] of indicatorCache) if (id !== null && !sourceById.has(id)) sourceById.set(id, src);
  report.indicators = [...state.rowsByIndicator.entries()].map(([id, rows]) => {
    const c = created.get(id);
    if (c) {
      c.rows = rows;
      return { sourceCode: c.sourceCode, code: indicatorCodeFromSource(c.sourceCode), name: c.label ?? c.sourceCode, created: true, rows };
    }
    const ind = names.get(id)!;
    return { sourceCode: sourceById.get(id) ?? null, code: ind.code, name: ind.name, created: false, rows };
  });
  if (counts.valid === 0 && counts.errors === 0 && report.errors.length === 0) {
    counts.errors++;
    report.errors.push({
      message:
        counts.records === 0
          ? 'The file holds no values.'
          : `No value to import: ${counts.filteredOut} row(s) left out by the filters, ${counts.missing} empty.`,
    });
  }
  return state;
}
