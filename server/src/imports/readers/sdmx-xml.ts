import { importIssue } from '../messages';
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { InvalidFileError } from '../../errors/errors';
import { LIMITS } from './limits';
import { decodeStream } from './text-stream';
import type { ReadItem, ReaderOptions } from './types';

export type Emit = (item: ReadItem) => void;
/** Element handlers get local names (prefix dropped): SDMX files use varying prefixes for the same namespaces. */
export type SaxHandler = {
  /** `line` is the file line the element's start tag ends on (what an analyst finds in an editor). */
  open: (name: string, attrs: Record<string, string>, parents: string[], emit: Emit, line: number) => void;
  close: (name: string, parents: string[], emit: Emit) => void;
  /** Text content, with the open elements (the last is the text's parent). */
  text?: (text: string, parents: string[]) => void;
};

/** Characters fed to the parser at a time. */
const PIECE = 64 * 1024;

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Tells the analyst what an SDMX-ML message with an unexpected root element is. */
function wrongRoot(fileName: string, root: string, expected: string): InvalidFileError {
  return new InvalidFileError(fileName, [importIssue('xml.wrongRoot', { root, expected })]);
}

/**
 * Streams an SDMX-ML message through the saxes SAX parser: each decoded chunk is fed to the parser, and the
 * records the handlers emitted for it are yielded before the next chunk is read, so memory stays flat.
 * Records and issues are located by the file line of their <Obs> element.
 */
export async function* streamSdmx(
  input: Readable,
  options: ReaderOptions,
  expectedRoot: string,
  handler: SaxHandler,
): AsyncGenerator<ReadItem> {
  const parser = new SaxesParser({ xmlns: false });
  const queue: ReadItem[] = [];
  const emit: Emit = (item) => queue.push(item);
  const stack: string[] = [];
  /** Set by every parser event: a stretch of text without any is one huge tag, attribute or text. */
  let sawEvent = false;
  parser.on('text', (text) => {
    sawEvent = true;
    handler.text?.(text, stack);
  });
  parser.on('opentag', (tag) => {
    sawEvent = true;
    if (stack.length >= LIMITS.maxNestingDepth) {
      throw new InvalidFileError(options.fileName, [
        importIssue('xml.tooDeep', { line: parser.line, element: tag.name, limit: LIMITS.maxNestingDepth }, { row: parser.line }),
      ]);
    }
    const name = local(tag.name);
    if (stack.length === 0 && name !== expectedRoot) throw wrongRoot(options.fileName, name, expectedRoot);
    handler.open(name, tag.attributes as Record<string, string>, stack, emit, parser.line);
    stack.push(name);
  });
  parser.on('closetag', (tag) => {
    sawEvent = true;
    stack.pop();
    handler.close(local(tag.name), stack, emit);
  });
  const run = (feed: () => void) => {
    try {
      feed();
    } catch (e) {
      if (e instanceof InvalidFileError) throw e;
      throw new InvalidFileError(options.fileName, [importIssue('xml.malformed', { detail: (e as Error).message }, { row: parser.line })]);
    }
  };
  // Characters fed so far, and where the last piece with an event ended.
  let fed = 0;
  let lastEvent = 0;
  for await (const text of decodeStream(input, options)) {
    // Fed a piece at a time so a tag, attribute or text that never ends is caught within a piece of the cap.
    for (let off = 0; off < text.length; off += PIECE) {
      const piece = text.length <= PIECE ? text : text.slice(off, off + PIECE);
      run(() => parser.write(piece));
      fed += piece.length;
      if (sawEvent) lastEvent = fed;
      sawEvent = false;
      if (fed - lastEvent > LIMITS.maxXmlTokenChars) {
        throw new InvalidFileError(options.fileName, [importIssue('xml.tokenTooLong', { line: parser.line, limit: LIMITS.maxXmlTokenChars }, { row: parser.line })]);
      }
      yield* queue.splice(0);
    }
  }
  run(() => parser.close());
  yield* queue.splice(0);
}

/** Attribute ids that are never dimensions (SDMX cross-domain concepts and Eurostat/ISTAT usage). */
export const KNOWN_ATTRIBUTES = new Set([
  'OBS_VALUE', 'OBS_STATUS', 'OBS_FLAG', 'OBS_CONF', 'OBS_PRE_BREAK', 'OBS_COM', 'COMMENT_OBS', 'CONF_STATUS', 'BREAK',
  'UNIT_MULT', 'UNIT_MEAS', 'DECIMALS', 'TITLE', 'TITLE_COMPL', 'TIME_FORMAT', 'BASE_PER', 'COMPILATION', 'SOURCE_AGENCY',
  'METADATA_EN', 'METADATA_IT', 'NOTE', 'COMMENT_TS', 'EMBARGO_TIME', 'REF_PERIOD_DETAIL',
]);
const TERRITORY = ['REF_AREA', 'GEO', 'geo', 'ITTER107'];
const INDICATOR = ['DATA_TYPE', 'TIPO_DATO', 'INDICATOR'];
/** Dimensions that say how often, not what: left out of an indicator derived from the dataset. */
const FREQUENCY = new Set(['FREQ', 'FREQUENCY']);
/** The dimension a record gets when its indicator is derived from the dataset (see `observation`). */
export const DATASET_DIMENSION = 'DATASET';

/**
 * The dataset a message is about, from its header: <DataSetID> (Eurostat: NAMA_10_GDP), else the dataflow
 * its <Structure> uses (<StructureUsage><Ref id=…>), else its data structure (<Structure><Ref id="DSD_…">).
 */
export class DatasetHeader {
  private datasetId = '';
  private dataflow = '';
  private structure = '';

  open(name: string, attrs: Record<string, string>, parents: string[]): void {
    if (name !== 'Ref' || !parents.includes('Header') || !attrs.id) return;
    if (parents.at(-1) === 'StructureUsage') this.dataflow ||= attrs.id;
    else if (parents.at(-1) === 'Structure') this.structure ||= attrs.id.replace(/^DSD_/, '');
  }

  text(text: string, parents: string[]): void {
    if (parents.at(-1) === 'DataSetID' && parents.includes('Header')) this.datasetId += text.trim();
  }

  get id(): string | undefined {
    return this.datasetId || this.dataflow || this.structure || undefined;
  }
}

/** Builds the record (or the issue) for one observation from its full key and attributes. */
export function observation(
  fileName: string,
  row: number,
  key: Record<string, string>,
  attrs: Record<string, string>,
  raw: string | undefined,
  timeDim: string,
  /** The message's dataset (DatasetHeader): names the indicator when no dimension of the key does. */
  dataset?: string,
): ReadItem {
  const territoryDim = TERRITORY.find((d) => d in key);
  if (!territoryDim) {
    throw new InvalidFileError(fileName, [
      importIssue('file.noTerritoryDimension', { expected: [...TERRITORY], found: Object.keys(key) }, { row }),
    ]);
  }
  const text = (raw ?? '').trim();
  // SDMX writes a missing observation as NaN (or leaves OBS_VALUE out), usually with OBS_STATUS saying why.
  const value = text === '' || text === 'NaN' ? null : Number(text);
  if (value !== null && (!Number.isFinite(value) || !/^[-+]?[\d.]/.test(text))) {
    return { issue: importIssue('value.notNumber', { value: text }, { row, column: 'OBS_VALUE' }) };
  }
  const mult = attrs.UNIT_MULT;
  if (mult !== undefined && !/^-?\d+$/.test(mult.trim())) {
    return { issue: importIssue('value.badUnitMultiplier', { value: mult }, { row, column: 'UNIT_MULT' }) };
  }
  let indicatorDim = INDICATOR.find((d) => d in key);
  let dimensions = key;
  let labels: Record<string, string> | undefined;
  if (!indicatorDim && dataset) {
    // A dataset whose measure sits in its series keys (Eurostat nama_10_gdp: na_item, unit): the indicator is
    // the dataset with the values of those dimensions, e.g. NAMA_10_GDP.B1GQ.CP_MEUR (a --filter picks one).
    const measure = Object.entries(key).filter(([d]) => d !== territoryDim && d !== timeDim && !FREQUENCY.has(d.toUpperCase()));
    indicatorDim = DATASET_DIMENSION;
    dimensions = { ...key, [DATASET_DIMENSION]: [dataset, ...measure.map(([, v]) => v)].join('.') };
    labels = { [DATASET_DIMENSION]: measure.length ? `${dataset} (${measure.map(([d, v]) => `${d}=${v}`).join(', ')})` : dataset };
  }
  return {
    record: {
      row,
      dimensions,
      ...(labels ? { labels } : {}),
      territoryDim,
      timeDim,
      indicatorDim,
      value,
      valueColumn: 'OBS_VALUE',
      flags: [attrs.OBS_STATUS, attrs.OBS_FLAG].filter((f): f is string => !!f && f.trim() !== ''),
      ...(mult !== undefined ? { unitMultiplier: Number(mult) } : {}),
    },
  };
}
