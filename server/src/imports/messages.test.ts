import { type ImportMessageCode } from '../contract/imports';
import { IMPORT_MESSAGE_CODES } from '../contract/values';
import { UnsupportedUploadError, UploadTooLargeError } from '../http/multipart';
import { IMPORT_MESSAGES, importIssue, importMessage, type ImportMessageParams, jobFailure } from './messages';

/** One example of the params of every code: the type makes the list complete. */
const SAMPLES: { [C in ImportMessageCode]: ImportMessageParams<C> } = {
  'dimension.severalValues': { dimension: 'unit', values: ['EUR', 'PPS'], more: false, suggestion: 'EUR' },
  'filter.unknownDimension': { dimension: 'sex', values: ['T'], dimensions: ['unit', 'geo'] },
  'filter.valueNotFound': { filter: 'unit', dimension: 'UNIT', value: 'PPS', values: ['EUR'] },
  'indicator.missing': { format: 'Eurostat bulk TSV' },
  'indicator.unknown': { code: 'X', count: 2, rows: [2, 3], moreRows: false },
  'territory.unknown': { code: 'ITX', label: 'Itaca', dimension: 'geo' },
  'territory.ambiguous': { code: 'Torino', candidates: ['001272 Torino (comune)', 'Z1 Torino (zona)'] },
  'territory.empty': {},
  'period.invalid': { value: '2021/03', formats: '2021, 2021-Q3' },
  'value.notNumber': { value: 'abc' },
  'value.notFinite': { value: 'NaN' },
  'value.tooLarge': { value: 1e15 },
  'value.emptyCell': {},
  'value.badFlag': { flag: '?', value: '1' },
  'value.badUnitMultiplier': { value: 'k' },
  'value.notNumberOrNull': { value: '"x"', position: 1 },
  'row.truncated': { found: 2, expected: 16 },
  'row.badCodes': { dimensions: ['freq', 'geo'], found: 'A' },
  'row.duplicate': { rows: [2, 3], indicator: 'PM10', territory: '001272', period: '2021' },
  'file.noValues': {},
  'file.nothingToImport': { filteredOut: 1, missing: 2 },
  'file.empty': {},
  'file.noDataRows': {},
  'file.missingColumns': { format: 'tidy CSV', missing: ['valore'], header: ['a;b'], separator: ',', singleColumn: true },
  'file.rowTooLong': { row: 3, limit: 1024 * 1024 },
  'file.tooManyColumns': { row: 2, limit: 10_000, spreadsheet: false },
  'file.unclosedQuote': { line: 4 },
  'file.encoding': {},
  'file.noTerritoryDimension': { expected: ['geo'], found: ['freq', 'unit'] },
  'file.tooLarge': { limit: 64 * 1024 * 1024 },
  'file.outOfMemory': { mb: 32 },
  'file.unreadable': { detail: 'Malformed XML: 42:20: unclosed tag' },
  'file.zipBomb': { part: 'xl/sharedStrings.xml', reason: 'ratio', limit: 100 },
  'file.unreadableText': { detail: 'Invalid Closing Quote' },
  'xml.malformed': { detail: '42:20: unclosed tag: generic:Obs' },
  'xml.tooDeep': { line: 66, element: 'a', limit: 64 },
  'xml.tokenTooLong': { line: 3, limit: 1024 * 1024 },
  'xml.wrongRoot': { root: 'Structure', expected: 'GenericData' },
  'json.invalid': { detail: 'Unexpected end of JSON input' },
  'json.tooDeep': { at: 10, limit: 64 },
  'jsonstat.notVersion2': {},
  'jsonstat.onlyLinks': {},
  'jsonstat.inconsistent': {},
  'jsonstat.sizeMismatch': { dimension: 'geo', categories: 2, size: 3 },
  'jsonstat.noDimension': { missing: 'time', dimensions: ['geo', 'unit'] },
  'tsv.badHeader': { found: 'freq;unit;geo;2020' },
  'xlsx.unreadable': { detail: 'End of data reached' },
  'istat.oddPairs': {},
  'format.unknown': { format: 'ods', formats: ['tidy CSV'] },
  'format.unrecognised': { kind: 'text', root: null, firstLine: 'code;name', formats: ['tidy CSV'] },
  'format.sdmxStructure': { formats: ['tidy CSV'] },
  'option.unknownIndicator': { code: 'NOPE' },
  'option.indicatorAndMap': {},
  'option.badPair': { value: 'unit', expected: 'dimension=value' },
  'option.unknownField': { field: 'x', fields: ['file', 'format'] },
  'option.repeated': {},
  'option.notBoolean': {},
  'option.invalid': { detail: 'Too big' },
  'upload.tooLarge': { limit: 200 * 1024 * 1024 },
  'upload.notMultipart': {},
  'upload.invalid': { detail: 'one file at a time' },
  'upload.valueTooLong': { field: 'filters' },
  'upload.oneFile': {},
  'upload.unexpectedFile': { field: 'other' },
  'upload.tooManyFields': {},
  'upload.malformed': { detail: 'Unexpected end of form' },
  'upload.interrupted': {},
  'upload.fileRequired': {},
  'upload.emptyFile': {},
  'job.interrupted': { owner: true },
  'job.databaseAway': {},
  'job.failed': { detail: 'disk on fire' },
};

describe('the catalogue of import messages', () => {
  it('has exactly the codes of the contract', () => {
    expect(Object.keys(IMPORT_MESSAGES).sort()).toEqual([...IMPORT_MESSAGE_CODES].sort());
    expect(Object.keys(SAMPLES).sort()).toEqual([...IMPORT_MESSAGE_CODES].sort());
  });

  it.each(IMPORT_MESSAGE_CODES.map((c) => [c]))('%s: params checked by its schema, an English text', (code) => {
    const params = SAMPLES[code];
    expect(IMPORT_MESSAGES[code].params.safeParse(params).success).toBe(true);
    const issue = importIssue(code, params as never, { row: 2 });
    expect(issue).toEqual({ row: 2, code, params, message: importMessage(code, params as never) });
    expect(issue.message.length).toBeGreaterThan(5);
  });

  it('words the hints for the command line, with flags', () => {
    expect(importMessage('dimension.severalValues', SAMPLES['dimension.severalValues'])).toMatch(/keep one with --filter unit=EUR\.$/);
    expect(importMessage('indicator.missing', SAMPLES['indicator.missing'])).toMatch(/--indicator CODE/);
    expect(importMessage('indicator.unknown', SAMPLES['indicator.unknown'])).toMatch(/--map X=OUR_CODE.*--create-indicators\. \(2 values: rows 2, 3\)$/);
  });

  it("gives the upload's refusals the code and params of the same text", () => {
    const tooLarge = new UploadTooLargeError(200 * 1024 * 1024);
    expect(tooLarge.extensions).toEqual({ code: 'upload.tooLarge', params: { limit: 200 * 1024 * 1024 } });
    expect(tooLarge.message).toBe(importMessage('upload.tooLarge', { limit: 200 * 1024 * 1024 }));
    const notMultipart = new UnsupportedUploadError();
    expect(notMultipart.extensions).toEqual({ code: 'upload.notMultipart', params: {} });
    expect(notMultipart.message).toBe(importMessage('upload.notMultipart', {}));
  });

  it("knows a job's recorded failures by their text; any other is job.failed", () => {
    expect(jobFailure(null)).toEqual({ errorCode: null, errorParams: null });
    expect(jobFailure(importMessage('job.databaseAway', {}))).toEqual({ errorCode: 'job.databaseAway', errorParams: {} });
    expect(jobFailure(importMessage('job.interrupted', { owner: false }))).toEqual({ errorCode: 'job.interrupted', errorParams: { owner: false } });
    expect(jobFailure('disk on fire')).toEqual({ errorCode: 'job.failed', errorParams: { detail: 'disk on fire' } });
  });
});
