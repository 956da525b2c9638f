import type { RawRecord } from '../../readers/types';

/** A record as a reader yields it (indicator, territory and time dimensions `ind`, `geo`, `time`), for the tests. */
export function rawRecord(dimensions: Record<string, string>, more: Partial<RawRecord> = {}): RawRecord {
  return { row: 2, dimensions, territoryDim: 'geo', timeDim: 'time', indicatorDim: 'ind', value: '1', valueColumn: 'value', flags: [], ...more };
}
