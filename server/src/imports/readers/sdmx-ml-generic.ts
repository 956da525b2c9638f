import { importIssue } from '../messages';
import { InvalidFileError } from '../../errors/errors';
import { DatasetHeader, observation, streamSdmx } from './sdmx-xml';
import { xmlRootName } from './sniff-utils';
import type { FormatReader, ReadItem } from './types';

/**
 * SDMX-ML 2.1 GenericData: <Series> holds <SeriesKey><Value id= value=/> and optional series <Attributes>;
 * each <Obs> holds <ObsDimension value=/> (the dimension named by dimensionAtObservation in the header),
 * <ObsValue value=/> and <Attributes>. With dimensionAtObservation="AllDimensions" an <Obs> carries an <ObsKey>.
 */
export const sdmxMlGenericReader: FormatReader<'sdmx-ml-generic'> = {
  id: 'sdmx-ml-generic',
  label: 'SDMX-ML 2.1 GenericData',
  defaultSource: 'other',
  lineBased: false,
  sniff: (head) => xmlRootName(head) === 'GenericData',
  read: async function* (input, options): AsyncGenerator<ReadItem> {
    let obsDim = 'TIME_PERIOD';
    let seriesKey: Record<string, string> = {};
    let seriesAttrs: Record<string, string> = {};
    let obsKey: Record<string, string> = {};
    let obsAttrs: Record<string, string> = {};
    let obsValue: string | undefined;
    let count = 0;
    let obsLine = 0;
    const header = new DatasetHeader();
    const items = streamSdmx(input, options, 'GenericData', {
      open: (name, attrs, parents, _emit, line) => {
        header.open(name, attrs, parents);
        const parent = parents[parents.length - 1];
        if (name === 'Structure' && parent === 'Header' && attrs.dimensionAtObservation) {
          obsDim = attrs.dimensionAtObservation === 'AllDimensions' ? 'TIME_PERIOD' : attrs.dimensionAtObservation;
        } else if (name === 'Series') {
          seriesKey = {};
          seriesAttrs = {};
        } else if (name === 'Obs') {
          obsLine = line;
          obsKey = {};
          obsAttrs = {};
          obsValue = undefined;
        } else if (name === 'ObsDimension') {
          obsKey[attrs.id ?? obsDim] = attrs.value ?? '';
        } else if (name === 'ObsValue') {
          obsValue = attrs.value;
        } else if (name === 'Value' && attrs.id !== undefined) {
          const inObs = parents.includes('Obs');
          const target =
            parent === 'SeriesKey' ? seriesKey : parent === 'ObsKey' ? obsKey : inObs ? obsAttrs : seriesAttrs;
          target[attrs.id] = attrs.value ?? '';
        }
      },
      close: (name, _parents, emit) => {
        if (name !== 'Obs') return;
        count++;
        emit(observation(options.fileName, obsLine, { ...seriesKey, ...obsKey }, { ...seriesAttrs, ...obsAttrs }, obsValue, obsDim, header.id));
      },
      text: (text, parents) => header.text(text, parents),
    });
    yield* items;
    if (count === 0) throw new InvalidFileError(options.fileName, [importIssue('file.noDataRows', { format: 'SDMX-ML' })]);
  },
};
