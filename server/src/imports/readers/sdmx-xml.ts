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
  parser.on('text', () => {
    sawEvent = true;
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

/** Builds the record (or the issue) for one observation from its full key and attributes. */
export function observation(
  fileName: string,
  row: number,
  key: Record<string, string>,
  attrs: Record<string, string>,
  raw: string | undefined,
  timeDim: string,
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
  return {
    record: {
      row,
      dimensions: key,
      territoryDim,
      timeDim,
      indicatorDim: INDICATOR.find((d) => d in key),
      value,
      valueColumn: 'OBS_VALUE',
      flags: [attrs.OBS_STATUS, attrs.OBS_FLAG].filter((f): f is string => !!f && f.trim() !== ''),
      ...(mult !== undefined ? { unitMultiplier: Number(mult) } : {}),
    },
  };
}
