/**
 * The value lists of the contract, without zod: the client imports them at run time
 * (`@psm/server/contract/values`) without bundling the schemas. The schemas of `./index` build their
 * enums from these lists, so there is one list of each.
 */

/** Account roles; the public reads without one. */
export const ROLES = ['admin', 'analyst', 'manager'] as const;
export type Role = (typeof ROLES)[number];

/** Who publishes an indicator's data. */
export const INDICATOR_SOURCES = ['istat', 'bes', 'eurostat', 'infocamere', 'ente', 'other'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

/** Whether a higher value is better, worse, or neither. */
export const POLARITIES = ['higher_better', 'lower_better', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const FREQUENCIES = ['annual', 'semiannual', 'quarterly', 'monthly', 'irregular'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Structured series with history (ISTAT, BES, Eurostat, Infocamere) or indicators built by the body. */
export const INDICATOR_KINDS = ['structured', 'constructed'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** The file formats the indicator import reads (one reader each, see server/src/imports/readers). */
export const IMPORT_FORMATS = [
  'tidy-csv',
  'xlsx',
  'istat-sdmx-csv',
  'istat-istat-csv',
  'eurostat-tsv',
  'json-stat',
  'sdmx-ml-generic',
  'sdmx-ml-structure-specific',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The life of an import batch: uploaded → previewing → previewed | invalid | failed; committing → committed; rolled_back. */
export const BATCH_STATUSES = ['uploaded', 'previewing', 'previewed', 'invalid', 'committing', 'committed', 'failed', 'rolled_back'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Red/amber/green view of an action status; grey for not started or cancelled. */
export const RAGS = ['red', 'amber', 'green', 'grey'] as const;
export type Rag = (typeof RAGS)[number];

/** The body's role in an action. */
export const BODY_ROLES = ['lead', 'coordination', 'support'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

/** Kinds of funding of an action. */
export const FUNDING_SOURCES = ['pnrr', 'pnc', 'fesr', 'fse', 'fsc', 'national', 'regional', 'own', 'private', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** The body's planning tools an action can serve (AMSvS: Agenda metropolitana per lo sviluppo sostenibile). */
export const TOOL_KINDS = ['dup', 'piao', 'ptgm', 'pums', 'amsvs', 'other'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export const TERRITORY_LEVELS = ['comune', 'zona_omogenea', 'citta_metropolitana', 'provincia', 'regione', 'ripartizione', 'stato'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/** The latest change of a series judged by the indicator's polarity. */
export const DIRECTIONS = ['improving', 'worsening', 'stable', 'neutral', 'unknown'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The files an indicator is downloaded as: plain CSV, CSV for a spreadsheet set to Italian, XLSX, ZIP with a Frictionless data package. */
export const DOWNLOAD_FORMATS = ['csv', 'csv-excel', 'xlsx', 'zip'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** What an indicator download holds: what the page shows, or the whole series. */
export const DOWNLOAD_SCOPES = ['shown', 'full'] as const;
export type DownloadScope = (typeof DOWNLOAD_SCOPES)[number];

/** Languages of a download's headers and texts, Italian first. */
export const DOWNLOAD_LANGS = ['it', 'en'] as const;
export type DownloadLang = (typeof DOWNLOAD_LANGS)[number];

/** Pseudo-filters of the actions page: no update yet, open and not updated for the period, no office. */
export const ACTION_FILTER_NO_UPDATE = 'nessun-aggiornamento';
export const ACTION_FILTER_TO_UPDATE = 'da-aggiornare';
export const ACTION_FILTER_NO_OFFICE = 'nessuno';

/** The kinds of e-mail a reporting round sends: when it opens, the reminder before the deadline, a resend asked by an admin. */
export const ROUND_MAIL_KINDS = ['apertura', 'promemoria', 'reinvio'] as const;
export type RoundMailKind = (typeof ROUND_MAIL_KINDS)[number];
/** What became of one e-mail: sending (outcome unknown: the process stopped meanwhile), sent, failed, not_sent (no mail server). */
export const ROUND_MAIL_STATUSES = ['sending', 'sent', 'failed', 'not_sent'] as const;
export type RoundMailStatus = (typeof ROUND_MAIL_STATUSES)[number];
/** How the monitoring page groups the actions: by zona omogenea, office or funding source. */
export const ROLLUP_GROUPINGS = ['zona', 'ufficio', 'finanziamento'] as const;
export type RollupGrouping = (typeof ROLLUP_GROUPINGS)[number];

/** Progress towards a target (docs/progress-method.md), best first; not_computable when the method cannot say. */
export const PROGRESS_STATUSES = ['reached', 'on_track', 'moderate', 'insufficient', 'moving_away', 'not_computable'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * The codes of the problems of a value-grid save or of its template file (422, 400): the grid words each in
 * the user's language from its `params`; `message` is the same in English. Server: imports/manual/check-rows.ts,
 * routes/api/indicators/values-service.ts and, for the file itself, lib/table-file.ts (`table.*`).
 */
export const VALUE_ENTRY_CODES = [
  'territory.required',
  'territory.unknown',
  'territory.ambiguous',
  'period.required',
  'period.invalid',
  'value.notNumber',
  'value.notFinite',
  'value.tooLarge',
  'link.badScheme',
  'row.duplicate',
  'text.unsafe',
  'flag.invalid',
  'file.noRows',
  'table.missingColumn',
  'table.tooManyColumns',
  'table.unreadable',
  'table.noWorksheet',
  'table.empty',
  'table.unsupportedType',
  'file.zipBomb',
] as const;
export type ValueEntryCode = (typeof VALUE_ENTRY_CODES)[number];

/**
 * The stable codes of the import's messages (errors, warnings, hints of the report, the job's failure, the
 * upload's refusals): the screens render each in the user's language from its `params`; `message` is the
 * same text in English, worded for the command line. The server's catalogue is `imports/messages.ts`.
 */
export const IMPORT_MESSAGE_CODES = [
  'dimension.severalValues',
  'filter.unknownDimension',
  'filter.valueNotFound',
  'indicator.missing',
  'indicator.unknown',
  'territory.unknown',
  'territory.ambiguous',
  'territory.empty',
  'period.invalid',
  'value.notNumber',
  'value.notFinite',
  'value.tooLarge',
  'value.emptyCell',
  'value.badFlag',
  'value.badUnitMultiplier',
  'value.notNumberOrNull',
  'row.truncated',
  'row.badCodes',
  'row.duplicate',
  'file.noValues',
  'file.nothingToImport',
  'file.empty',
  'file.noDataRows',
  'file.missingColumns',
  'file.rowTooLong',
  'file.tooManyColumns',
  'file.unclosedQuote',
  'file.encoding',
  'file.noTerritoryDimension',
  'file.tooLarge',
  'file.outOfMemory',
  'file.unreadable',
  'file.zipBomb',
  'file.unreadableText',
  'xml.malformed',
  'xml.tooDeep',
  'xml.tokenTooLong',
  'xml.wrongRoot',
  'json.invalid',
  'json.tooDeep',
  'jsonstat.notVersion2',
  'jsonstat.onlyLinks',
  'jsonstat.inconsistent',
  'jsonstat.sizeMismatch',
  'jsonstat.noDimension',
  'tsv.badHeader',
  'xlsx.unreadable',
  'istat.oddPairs',
  'format.unknown',
  'format.unrecognised',
  'format.sdmxStructure',
  'option.unknownIndicator',
  'option.indicatorAndMap',
  'option.badPair',
  'option.unknownField',
  'option.repeated',
  'option.notBoolean',
  'option.invalid',
  'upload.tooLarge',
  'upload.notMultipart',
  'upload.invalid',
  'upload.valueTooLong',
  'upload.oneFile',
  'upload.unexpectedFile',
  'upload.tooManyFields',
  'upload.malformed',
  'upload.interrupted',
  'upload.fileRequired',
  'upload.emptyFile',
  'job.interrupted',
  'job.databaseAway',
  'job.failed',
] as const;
