import { z } from 'zod';
import type { FormatId } from '../readers/types';

export const FORMAT_IDS = [
  'tidy-csv',
  'xlsx',
  'istat-sdmx-csv',
  'istat-istat-csv',
  'eurostat-tsv',
  'json-stat',
  'sdmx-ml-generic',
  'sdmx-ml-structure-specific',
] as const satisfies readonly FormatId[];

export const INDICATOR_SOURCES = ['istat', 'bes', 'eurostat', 'infocamere', 'ente', 'other'] as const;

/** What the analyst chooses for an import; the same for the CLI and the API. */
export const importOptionsSchema = z
  .object({
    format: z.enum(FORMAT_IDS).optional().describe('Force a reader instead of detecting the format.'),
    indicator: z.string().trim().min(1).max(80).optional().describe('Every value of the file belongs to this indicator (our code).'),
    map: z
      .record(z.string().trim().min(1), z.string().trim().min(1))
      .optional()
      .describe("Indicator codes of the file mapped to ours: { SOURCE_CODE: OUR_CODE }."),
    createIndicators: z.boolean().optional().describe("Create the indicators the file names and we lack, from the file's codes and labels."),
    filters: z
      .record(z.string().trim().min(1), z.string().trim().min(1))
      .optional()
      .describe('Keep only the rows with these dimension values, e.g. { unit: "EUR_HAB", sex: "T" }.'),
    source: z.enum(INDICATOR_SOURCES).optional().describe('Who publishes the data; by default from the format.'),
  })
  .strict();

export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** The source a batch (and an indicator it creates) is credited to when the analyst does not say. */
export const DEFAULT_SOURCE: Record<FormatId, (typeof INDICATOR_SOURCES)[number]> = {
  'tidy-csv': 'other',
  xlsx: 'other',
  'istat-sdmx-csv': 'istat',
  'istat-istat-csv': 'istat',
  'eurostat-tsv': 'eurostat',
  'json-stat': 'other',
  'sdmx-ml-generic': 'other',
  'sdmx-ml-structure-specific': 'other',
};

/** Keys lower-cased and sorted; comma-separated value lists sorted (geo=ITC1,IT is geo=IT,ITC1). */
const sorted = (r: Record<string, string> | undefined) =>
  Object.fromEntries(
    Object.entries(r ?? {})
      .map(([k, v]) => [k.toLowerCase(), v.split(',').map((x) => x.trim()).sort().join(',')])
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );

/** Options that change what a file imports, in a stable form: the same file with the same ones is the same import. */
export function canonicalOptions(o: ImportOptions): string {
  return JSON.stringify({
    format: o.format ?? null,
    indicator: o.indicator?.toUpperCase() ?? null,
    map: sorted(o.map),
    createIndicators: Boolean(o.createIndicators),
    filters: sorted(o.filters),
  });
}

/** Reads `A=B` pairs (CLI flags, form fields) into a record; null names the bad one. */
export function parsePairs(pairs: string[]): { value: Record<string, string> } | { bad: string } {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0 || i === p.length - 1) return { bad: p };
    out[p.slice(0, i).trim()] = p.slice(i + 1).trim();
  }
  return { value: out };
}
