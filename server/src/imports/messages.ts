import { z } from 'zod';
import type { ImportMessageCode } from '../contract/imports';
import type { InputIssue } from '../errors/errors';
import { formatBytes, formatCount } from './readers/limits';

/*
 * The one catalogue of the import's messages: for each stable code, the params it names (a zod schema)
 * and its English text as the command line prints it (with flags: --filter, --indicator…). The API sends
 * the code, the params and this text as `message`; the back-office screens word each code in Italian or
 * English from the params (client/src/features/imports/i18n-messages.ts), naming the screen's controls.
 */

const text = z.string();
const texts = z.array(z.string());
const count = z.number().int();
/** How often an unknown code occurs: added when the report groups its rows (see report/unknown-codes.ts). */
const occurrences = { count: count.optional(), rows: z.array(count).optional(), moreRows: z.boolean().optional() };

type Entry = { params: z.ZodObject; text(p: never): string };
const entry = <S extends z.ZodObject>(params: S, say: (p: z.infer<S>) => string) => ({ params, text: say });

/** " (18 values: rows 2, 3, 4, 5, 6, …)" after an unknown code's message, once its rows are counted. */
function occurrencesText(p: { count?: number; rows?: number[]; moreRows?: boolean }): string {
  if (p.count === undefined || !p.rows) return '';
  const named = `row${p.rows.length > 1 ? 's' : ''} ${p.rows.join(', ')}${p.moreRows ? ', …' : ''}`;
  return ` (${p.count} value${p.count > 1 ? 's' : ''}: ${named})`;
}

const accepted = (formats: string[]) => `Accepted formats: ${formats.join('; ')}.`;

export const IMPORT_MESSAGES = {
  'dimension.severalValues': entry(
    z.object({ dimension: text, values: texts, more: z.boolean(), suggestion: text }),
    (p) =>
      `"${p.dimension}" has several values (${p.values.join(', ')}${p.more ? ', …' : ''}), ` +
      `so one indicator, territory and period would get more than one value: keep one with --filter ${p.dimension}=${p.suggestion}.`,
  ),
  'filter.unknownDimension': entry(
    z.object({ dimension: text, values: texts, dimensions: texts }),
    (p) => `Filter ${p.dimension}=${p.values.join(',')}: the file has no dimension "${p.dimension}"; its dimensions are ${p.dimensions.join(', ')}.`,
  ),
  'filter.valueNotFound': entry(
    z.object({ filter: text, dimension: text, value: text, values: texts }),
    (p) => `Filter ${p.filter}=${p.value}: no row has ${p.dimension}=${p.value}; the file has ${p.values.join(', ')}.`,
  ),
  'indicator.missing': entry(
    z.object({ format: text }),
    (p) => `This ${p.format} file does not say which indicator its values belong to: give one with --indicator CODE.`,
  ),
  'indicator.unknown': entry(
    z.object({ code: text, ...occurrences }),
    (p) =>
      `Unknown indicator "${p.code}". Map it to one of ours with --map ${p.code}=OUR_CODE, give one indicator for the whole file with --indicator, or create it with --create-indicators.${occurrencesText(p)}`,
  ),
  'territory.unknown': entry(
    z.object({ code: text, label: text.nullable(), dimension: text, ...occurrences }),
    (p) =>
      `Unknown territory "${p.code}"${p.label ? ` (${p.label})` : ''}: not an ISTAT, NUTS or UTS code, nor the name of one of our territories (GET /api/territories). ` +
      `To import only the territories we have, filter them: --filter ${p.dimension}=CODE,CODE…${occurrencesText(p)}`,
  ),
  'territory.ambiguous': entry(
    z.object({ code: text, candidates: texts, ...occurrences }),
    (p) => `Territory "${p.code}" is ambiguous: it may be ${p.candidates.join(' or ')}. Use a code.${occurrencesText(p)}`,
  ),
  'territory.empty': entry(z.object({ ...occurrences }), (p) => `Empty territory code.${occurrencesText(p)}`),
  'period.invalid': entry(z.object({ value: text, formats: text }), (p) => `"${p.value}" is not a period: expected ${p.formats}.`),
  'value.notNumber': entry(z.object({ value: text }), (p) => `"${p.value}" is not a number.`),
  'value.notFinite': entry(z.object({ value: text }), (p) => `"${p.value}" is not a finite number.`),
  'value.tooLarge': entry(z.object({ value: z.number() }), (p) => `${p.value} is too large to store (limit ±10^14).`),
  'value.emptyCell': entry(z.object({}), () => 'Empty cell (Eurostat writes ":" for a missing value).'),
  'value.badFlag': entry(z.object({ flag: text, value: text }), (p) => `Unreadable flag "${p.flag}" after value "${p.value}".`),
  'value.badUnitMultiplier': entry(z.object({ value: text }), (p) => `UNIT_MULT "${p.value}" is not a whole power of ten.`),
  'value.notNumberOrNull': entry(z.object({ value: text, position: count }), (p) => `Value ${p.value} at position ${p.position} is not a number or null.`),
  'row.truncated': entry(z.object({ found: count, expected: count }), (p) => `Truncated line: ${p.found} cells where ${p.expected} are needed.`),
  'row.badCodes': entry(
    z.object({ dimensions: texts, found: text }),
    (p) => `Expected ${p.dimensions.length} codes (${p.dimensions.join(',')}) and tab-separated values; found "${p.found}".`,
  ),
  'row.duplicate': entry(
    z.object({ rows: z.array(count), indicator: text.nullable(), territory: text, period: text }),
    (p) =>
      `Rows ${p.rows.join(', ')} give a value for the same indicator${p.indicator ? ` ${p.indicator}` : ''}, territory ${p.territory} and period ${p.period}: keep one.`,
  ),
  'file.noValues': entry(z.object({}), () => 'The file holds no values.'),
  'file.nothingToImport': entry(
    z.object({ filteredOut: count, missing: count }),
    (p) => `No value to import: ${p.filteredOut} row(s) left out by the filters, ${p.missing} empty.`,
  ),
  'file.empty': entry(z.object({ workbook: z.boolean().optional() }), (p) =>
    p.workbook ? 'The workbook is empty: no header row on the first sheet.' : 'The file is empty.',
  ),
  'file.noDataRows': entry(z.object({ format: text.optional() }), (p) =>
    p.format ? `The ${p.format} file holds no observations (no data rows).` : 'The file has a header but no data rows.',
  ),
  'file.missingColumns': entry(
    z.object({ format: text, missing: texts, header: texts, separator: text.nullable(), singleColumn: z.boolean() }),
    (p) => {
      const sep = p.separator === '\t' ? 'tab' : `"${p.separator}"`;
      const hint = !p.singleColumn
        ? ''
        : p.separator !== null
          ? ` The header was read as a single column with separator ${sep}: the separator is probably wrong (use "," or ";").`
          : ' The header is a single cell: the sheet probably holds CSV text pasted into one column.';
      return `Not a valid ${p.format} file: required column(s) ${p.missing.join(', ')} missing from the header "${p.header.join(' | ').slice(0, 200)}".${hint}`;
    },
  ),
  'file.rowTooLong': entry(
    z.object({ row: count, limit: count }),
    (p) =>
      `Row ${p.row} is longer than ${formatBytes(p.limit)} of text (the most one row may hold): a line break is probably missing, or a quote opens a cell that is never closed. The file was not read further.`,
  ),
  'file.tooManyColumns': entry(
    z.object({ row: count, limit: count, spreadsheet: z.boolean() }),
    (p) =>
      `Row ${p.row} has more than ${formatCount(p.limit)} columns (the most a row may have)${p.spreadsheet ? '' : '; the separator is probably wrong'}. The file was not read further.`,
  ),
  'file.unclosedQuote': entry(
    z.object({ line: count }),
    (p) => `The file cannot be read as delimited text: the quoted cell opened on line ${p.line} is never closed (a closing quote " is missing).`,
  ),
  'file.encoding': entry(
    z.object({}),
    () => 'The file is encoded as UTF-16 (or is binary), not as text in UTF-8 or Latin-1. Save it again as "CSV UTF-8" (or plain UTF-8 text) and reload it.',
  ),
  'file.noTerritoryDimension': entry(
    z.object({ expected: texts, found: texts }),
    (p) => `No territory dimension (${p.expected.join(', ')}) among ${p.found.join(', ')}.`,
  ),
  'file.tooLarge': entry(
    z.object({ limit: count }),
    (p) =>
      `The JSON-stat file is larger than ${formatBytes(p.limit)}, the most a JSON document (read whole) may be; download a smaller selection, or the same data as SDMX-CSV or TSV (read as a stream, without this limit).`,
  ),
  'file.outOfMemory': entry(
    z.object({ mb: count }),
    (p) =>
      `Reading the file needs more memory than the import allows (${p.mb} MB, IMPORT_READ_MEMORY_MB); it was not read further. Split the file, or save it as SDMX-CSV or TSV, which are read as a stream.`,
  ),
  /** What the reader of a format found wrong in the file's structure, as the reader says it (English). */
  'file.unreadable': entry(z.object({ detail: text }), (p) => p.detail),
  'file.zipBomb': entry(
    z.object({ part: text, reason: z.enum(['size', 'ratio', 'strings']), limit: count }),
    (p) =>
      `The workbook part ${p.part} ${
        { size: `inflates to more than ${formatBytes(p.limit)}`, ratio: `inflates to more than ${p.limit} times its compressed size`, strings: `holds more than ${formatCount(p.limit)} shared strings` }[p.reason]
      }; the file is refused as a possible "zip bomb" (it was not read further). Save the data again from Excel or LibreOffice, or split it.`,
  ),
  'file.unreadableText': entry(z.object({ detail: text }), (p) => `The file cannot be read as delimited text: ${p.detail}`),
  'xml.malformed': entry(z.object({ detail: text }), (p) => `Malformed XML: ${p.detail}`),
  'xml.tooDeep': entry(
    z.object({ line: count, element: text, limit: count }),
    (p) => `Elements are nested more than ${p.limit} deep (at line ${p.line}, element <${p.element}>); SDMX-ML needs fewer than 10. The file was not read further.`,
  ),
  'xml.tokenTooLong': entry(
    z.object({ line: count, limit: count }),
    (p) => `More than ${formatBytes(p.limit)} of text without a complete element (a tag, an attribute or a text that never ends, up to line ${p.line}). The file was not read further.`,
  ),
  'xml.wrongRoot': entry(z.object({ root: text, expected: text }), (p) =>
    p.root === 'Structure'
      ? `This file is an SDMX structure message (data structure definition, codelists or concept schemes), not data: it describes a dataset but holds no observations. Download the data (SDMX-ML GenericData/StructureSpecificData or SDMX-CSV) instead; expected SDMX-ML 2.1 <${p.expected}>.`
      : `This file is an XML document with root <${p.root}>; expected SDMX-ML 2.1 <${p.expected}>.`,
  ),
  'json.invalid': entry(z.object({ detail: text }), (p) => `Not valid JSON: ${p.detail}`),
  'json.tooDeep': entry(
    z.object({ at: count, limit: count }),
    (p) => `Arrays/objects are nested more than ${p.limit} deep (at byte ${p.at}); JSON-stat needs fewer than 10. The file was not read further.`,
  ),
  'jsonstat.notVersion2': entry(
    z.object({}),
    () => 'This JSON is not JSON-stat 2.0 (no "class":"dataset"/"collection"); it may be Eurostat\'s legacy JSON web-service response or JSON-stat 1.0. Download JSON-stat 2.0, TSV or SDMX-CSV instead.',
  ),
  'jsonstat.onlyLinks': entry(z.object({}), () => 'The JSON-stat collection embeds no dataset with values (only links); download the datasets themselves.'),
  'jsonstat.inconsistent': entry(z.object({}), () => 'JSON-stat dataset without consistent "id", "size", "dimension" and "value".'),
  'jsonstat.sizeMismatch': entry(
    z.object({ dimension: text, categories: count, size: count }),
    (p) => `JSON-stat dimension "${p.dimension}" has ${p.categories} categories but size ${p.size}.`,
  ),
  'jsonstat.noDimension': entry(
    z.object({ missing: z.enum(['time', 'territory']), dimensions: texts }),
    (p) => `JSON-stat dataset without a ${p.missing} dimension (role "${p.missing === 'time' ? 'time' : 'geo'}" or a dimension named like it) among ${p.dimensions.join(', ')}.`,
  ),
  'tsv.badHeader': entry(
    z.object({ found: text }),
    (p) => `Not a Eurostat TSV: the header must start with "dim1,dim2,…\\TIME_PERIOD" followed by tab-separated periods; found "${p.found}".`,
  ),
  'xlsx.unreadable': entry(z.object({ detail: text }), (p) => `Cannot be read as an XLSX workbook: ${p.detail}`),
  'istat.oddPairs': entry(
    z.object({}),
    () => 'The columns before "Value" must come in code/label pairs (e.g. "ITTER107","Territorio"); an odd number was found.',
  ),
  'format.unknown': entry(z.object({ format: text, formats: texts }), (p) => `Unknown or unsupported format "${p.format}". ${accepted(p.formats)}`),
  'format.unrecognised': entry(
    z.object({ kind: z.enum(['xml', 'json', 'zip', 'text']), root: text.nullable(), firstLine: text.nullable(), formats: texts }),
    (p) => {
      const what = {
        xml: `This is an XML file with root element <${p.root ?? '?'}>, not SDMX-ML 2.1 data.`,
        json: 'This is JSON but not JSON-stat 2.0 (no "class":"dataset"/"collection" and "version":"2.0"); it may be Eurostat\'s legacy JSON web-service response (version 1.0). Download JSON-stat 2.0, TSV or SDMX-CSV instead.',
        zip: 'This is a ZIP archive but not an XLSX workbook (ODS or ZIP are not read); save it as .xlsx or CSV.',
        text: `The first line "${p.firstLine ?? ''}" matches none of the known layouts.`,
      }[p.kind];
      return `${what} ${accepted(p.formats)}`;
    },
  ),
  'format.sdmxStructure': entry(
    z.object({ formats: texts }),
    (p) =>
      'This is an SDMX structure message (data structure definition / codelist), not data: it describes the dataset but holds no observations. ' +
      `Download the data (GenericData or StructureSpecificData, or SDMX-CSV) instead. ${accepted(p.formats)}`,
  ),
  'option.unknownIndicator': entry(
    z.object({ code: text }),
    (p) => `Indicator "${p.code}" does not exist: use the code of one of our indicators (GET /api/indicators).`,
  ),
  'option.indicatorAndMap': entry(z.object({}), () => 'Give either one indicator for the whole file or a map of codes, not both.'),
  'option.badPair': entry(z.object({ value: text, expected: text }), (p) => `"${p.value}": expected ${p.expected}`),
  'option.unknownField': entry(z.object({ field: text, fields: texts }), (p) => `unknown field; the fields are ${p.fields.join(', ')}`),
  'option.repeated': entry(z.object({}), () => 'given more than once'),
  'option.notBoolean': entry(z.object({}), () => 'must be true or false'),
  'option.invalid': entry(z.object({ detail: text }), (p) => p.detail),
  'upload.tooLarge': entry(z.object({ limit: count }), (p) => `The file is larger than the limit of ${formatUploadLimit(p.limit)} (MAX_UPLOAD_MB).`),
  'upload.notMultipart': entry(z.object({}), () => 'Send the file as multipart/form-data, in the field "file".'),
  'upload.invalid': entry(z.object({ detail: text }), (p) => p.detail),
  // The multipart parser's refusals (http/multipart.ts), shared by every upload.
  'upload.valueTooLong': entry(z.object({ field: text }), () => 'the value is too long'),
  'upload.oneFile': entry(z.object({}), () => 'one file at a time'),
  'upload.unexpectedFile': entry(z.object({ field: text }), () => 'unexpected file: send the file in the field "file"'),
  'upload.tooManyFields': entry(z.object({}), () => 'too many fields'),
  'upload.malformed': entry(z.object({ detail: text }), (p) => `malformed multipart body (${p.detail})`),
  'upload.interrupted': entry(z.object({}), () => 'the upload was interrupted'),
  'upload.fileRequired': entry(z.object({}), () => 'required: the file to import, as the multipart field "file"'),
  'upload.emptyFile': entry(z.object({}), () => 'the file is empty'),
  'job.interrupted': entry(
    z.object({ owner: z.boolean() }),
    (p) =>
      p.owner
        ? 'Interrupted: the server running the job stopped before it finished; nothing was written. Upload the file again.'
        : 'Interrupted: the server stopped before the job finished; nothing was written. Upload the file again.',
  ),
  'job.databaseAway': entry(z.object({}), () => 'The database could not be reached while the job ran; nothing was written. Upload the file again.'),
  'job.failed': entry(z.object({ detail: text }), (p) => p.detail),
} satisfies Record<ImportMessageCode, Entry>;

export type ImportMessageParams<C extends ImportMessageCode> = z.input<(typeof IMPORT_MESSAGES)[C]['params']>;

/** The English text of a code (the CLI's wording). */
export function importMessage<C extends ImportMessageCode>(code: C, params: ImportMessageParams<C>): string {
  return (IMPORT_MESSAGES[code].text as (p: ImportMessageParams<C>) => string)(params);
}

/** A problem of the import: its code, params and English text, where it is (row, column, or option name). */
export function importIssue<C extends ImportMessageCode, W extends Pick<InputIssue, 'row' | 'column' | 'name'> = object>(
  code: C,
  params: ImportMessageParams<C>,
  where?: W,
): InputIssue & W & { code: C } {
  return { ...(where as W), message: importMessage(code, params), code, params: params as Record<string, unknown> };
}

/** An issue without a code (from code this catalogue does not know yet) gets the generic one, its text as detail. */
export function withCode(issue: InputIssue, fallback: 'file.unreadable' | 'option.invalid' | 'upload.invalid' = 'file.unreadable'): InputIssue {
  return issue.code ? issue : { ...issue, code: fallback, params: { detail: issue.message } };
}

/** "200 MB", "512 bytes": how the upload limit is written (as the HTTP layer always has). */
function formatUploadLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${bytes} bytes`;
}

/** Failures a job records in its batch's `error` (a text column), known by their English text. */
const JOB_FAILURES = [
  importIssue('job.interrupted', { owner: true }),
  importIssue('job.interrupted', { owner: false }),
  importIssue('job.databaseAway', {}),
];

/** The code and params of a batch's recorded failure; any other text is `job.failed` with it as detail. */
export function jobFailure(error: string | null): { errorCode: ImportMessageCode | null; errorParams: Record<string, unknown> | null } {
  if (error === null) return { errorCode: null, errorParams: null };
  const known = JOB_FAILURES.find((f) => f.message === error);
  return known ? { errorCode: known.code, errorParams: known.params ?? {} } : { errorCode: 'job.failed', errorParams: { detail: error } };
}
