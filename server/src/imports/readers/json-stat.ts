import type { ImportMessageCode } from '../../contract/imports';
import { importIssue, type ImportMessageParams } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { jsonNestingOverflow, LIMITS } from './limits';
import { headText } from './sniff-utils';
import { assertSingleByteText } from './text-stream';
import type { FormatReader, ReadItem } from './types';

type Category = { index?: string[] | Record<string, number>; label?: Record<string, string> };
type Dataset = {
  class?: string;
  id?: string[];
  size?: number[];
  role?: { time?: string[]; geo?: string[]; metric?: string[] };
  dimension?: Record<string, { category?: Category }>;
  value?: (number | null)[] | Record<string, number | null>;
  status?: string | (string | null)[] | Record<string, string>;
};

const GEO_NAMES = /^(geo|ref_area|itter107|territorio|territory)$/i;
const TIME_NAMES = /^(time|time_period|anno|year|periodo|period)$/i;

/** Category codes in index order; the index may be an array, an object code→position, or absent. */
function codesOf(cat: Category | undefined): string[] {
  const index = cat?.index;
  if (Array.isArray(index)) return index;
  if (index) return Object.entries(index).sort((a, b) => a[1] - b[1]).map(([c]) => c);
  return Object.keys(cat?.label ?? {});
}

/** A structure JSON-stat does not allow: the file is refused with the message's code. */
function fail<C extends ImportMessageCode>(fileName: string, code: C, params: ImportMessageParams<C>): never {
  throw new InvalidFileError(fileName, [importIssue(code, params)]);
}

/** Every observation of one dataset, in the dataset's row-major order (last dimension fastest). */
function* readDataset(ds: Dataset, fileName: string, rowOffset: number): Generator<ReadItem> {
  const ids = ds.id ?? [];
  const sizes = ds.size ?? [];
  if (!ids.length || ids.length !== sizes.length || !ds.dimension || ds.value === undefined) {
    fail(fileName, 'jsonstat.inconsistent', {});
  }
  const codes = ids.map((d) => codesOf(ds.dimension![d]?.category));
  ids.forEach((d, k) => {
    if (codes[k]!.length !== sizes[k]) fail(fileName, 'jsonstat.sizeMismatch', { dimension: d, categories: codes[k]!.length, size: sizes[k]! });
  });
  const territoryDim = ds.role?.geo?.[0] ?? ids.find((d) => GEO_NAMES.test(d));
  const timeDim = ds.role?.time?.[0] ?? ids.find((d) => TIME_NAMES.test(d));
  if (!territoryDim || !timeDim) {
    fail(fileName, 'jsonstat.noDimension', { missing: territoryDim ? 'time' : 'territory', dimensions: ids });
  }
  const indicatorDim = ds.role?.metric?.[0];
  const statusAt = (i: number): string | null | undefined =>
    typeof ds.status === 'string' ? ds.status : Array.isArray(ds.status) ? ds.status[i] : ds.status?.[String(i)];
  // A sparse value object lists only the observations present; an array lists them all.
  const positions = Array.isArray(ds.value)
    ? ds.value.map((_, i) => i)
    : Object.keys(ds.value).map(Number).sort((a, b) => a - b);
  for (const i of positions) {
    const v = Array.isArray(ds.value) ? ds.value[i] : (ds.value as Record<string, number | null>)[String(i)];
    const dimensions: Record<string, string> = {};
    const labels: Record<string, string> = {};
    let rest = i;
    for (let k = ids.length - 1; k >= 0; k--) {
      const code = codes[k]![rest % sizes[k]!]!;
      rest = Math.floor(rest / sizes[k]!);
      dimensions[ids[k]!] = code;
      labels[ids[k]!] = ds.dimension![ids[k]!]?.category?.label?.[code] ?? code;
    }
    const row = rowOffset + i + 1;
    if (v !== null && v !== undefined && typeof v !== 'number') {
      yield { issue: importIssue('value.notNumberOrNull', { value: JSON.stringify(v), position: i }, { row, column: 'value' }) };
      continue;
    }
    const status = statusAt(i);
    yield {
      record: { row, dimensions, labels, territoryDim, timeDim, indicatorDim, value: v ?? null, valueColumn: 'value', flags: status ? [status] : [] },
    };
  }
}

export const jsonStatReader: FormatReader<'json-stat'> = {
  id: 'json-stat',
  label: 'JSON-stat 2.0 (dataset, collection)',
  defaultSource: 'other',
  lineBased: false,
  sniff: (head) => /^\s*\{/.test(headText(head)) && /"class"\s*:\s*"(dataset|collection)"/.test(headText(head)),
  /**
   * JSON-stat is not line-oriented (value and status are arrays indexed across all dimensions), so the
   * document is parsed whole once the stream ends; bytes are still reported while reading.
   */
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of input) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      chunks.push(buf);
      bytes += buf.length;
      options.onProgress?.(bytes);
      if (bytes > LIMITS.maxJsonBytes) {
        input.destroy();
        throw new InvalidFileError(options.fileName, [importIssue('file.tooLarge', { limit: LIMITS.maxJsonBytes })]);
      }
    }
    const all = Buffer.concat(chunks);
    if (all.length === 0) throw new InvalidFileError(options.fileName, [importIssue('file.empty', {})]);
    assertSingleByteText(all, options.fileName);
    const deep = jsonNestingOverflow(all);
    if (deep >= 0) {
      fail(options.fileName, 'json.tooDeep', { at: deep + 1, limit: LIMITS.maxNestingDepth });
    }
    let doc: Dataset & { version?: string; link?: { item?: Dataset[] } };
    try {
      doc = JSON.parse(headText(all));
    } catch (e) {
      fail(options.fileName, 'json.invalid', { detail: (e as Error).message });
    }
    if (doc.class !== 'dataset' && doc.class !== 'collection') {
      fail(options.fileName, 'jsonstat.notVersion2', {});
    }
    const datasets = doc.class === 'dataset' ? [doc] : (doc.link?.item ?? []).filter((d) => d.class === 'dataset' && d.value !== undefined);
    if (!datasets.length) fail(options.fileName, 'jsonstat.onlyLinks', {});
    let offset = 0;
    let count = 0;
    for (const ds of datasets) {
      for (const item of readDataset(ds, options.fileName, offset)) {
        count++;
        yield item;
      }
      offset += (ds.size ?? []).reduce((a, b) => a * b, 1);
    }
    if (count === 0) throw new InvalidFileError(options.fileName, [importIssue('file.noDataRows', { format: 'JSON-stat' })]);
  },
};
