import { importIssue } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { DatasetHeader, KNOWN_ATTRIBUTES, observation, streamSdmx } from './sdmx-xml';
import { xmlRootName } from './sniff-utils';
import type { FormatReader, ReadItem } from './types';

/** Splits XML attributes into dimensions and SDMX attributes; xmlns/xsi declarations are neither. */
function split(attrs: Record<string, string>): { key: Record<string, string>; meta: Record<string, string> } {
  const key: Record<string, string> = {};
  const meta: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (name.startsWith('xmlns') || name.includes(':')) continue;
    // Without the DSD we cannot know every attribute; known ones and OBS_* are attributes, the rest dimensions.
    if (KNOWN_ATTRIBUTES.has(name) || name.startsWith('OBS_')) meta[name] = value;
    else key[name] = value;
  }
  return { key, meta };
}

/**
 * SDMX-ML 2.1 StructureSpecificData: <Series FREQ="A" REF_AREA="IT" …> with <Obs TIME_PERIOD="2020"
 * OBS_VALUE="1.5" OBS_STATUS="p"/>; with dimensionAtObservation="AllDimensions" the <Obs> sit directly
 * in <DataSet> and carry the whole key.
 */
export const sdmxMlStructureSpecificReader: FormatReader<'sdmx-ml-structure-specific'> = {
  id: 'sdmx-ml-structure-specific',
  label: 'SDMX-ML 2.1 StructureSpecificData',
  defaultSource: 'other',
  lineBased: false,
  sniff: (head) => xmlRootName(head) === 'StructureSpecificData',
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    let obsDim = 'TIME_PERIOD';
    let series = { key: {} as Record<string, string>, meta: {} as Record<string, string> };
    let count = 0;
    const header = new DatasetHeader();
    const items = streamSdmx(input, options, 'StructureSpecificData', {
      open: (name, attrs, parents, emit, line) => {
        header.open(name, attrs, parents);
        const parent = parents[parents.length - 1];
        if (name === 'Structure' && parent === 'Header' && attrs.dimensionAtObservation) {
          obsDim = attrs.dimensionAtObservation === 'AllDimensions' ? 'TIME_PERIOD' : attrs.dimensionAtObservation;
        } else if (name === 'DataSet') {
          series = { key: {}, meta: {} };
        } else if (name === 'Series') {
          series = split(attrs);
        } else if (name === 'Obs') {
          count++;
          const { key, meta } = split(attrs);
          emit(observation(options.fileName, line, { ...series.key, ...key }, { ...series.meta, ...meta }, attrs.OBS_VALUE, obsDim, header.id));
        }
      },
      close: () => undefined,
      text: (text, parents) => header.text(text, parents),
    });
    yield* items;
    if (count === 0) throw new InvalidFileError(options.fileName, [importIssue('file.noDataRows', { format: 'SDMX-ML' })]);
  },
};
