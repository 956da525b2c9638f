import type { ImportOptions } from '../../../contract/imports';
import type { IndicatorRow } from '../../mapping/indicators';
import { FilterStep } from './filter-step';
import { IndicatorStep } from './indicator-step';
import { RecordMapper } from './record-mapper';
import { FILTERED, MISSING } from './rejections';
import { TerritoryStep } from './territory-step';
import { rawRecord } from './test-record';

const GDP: IndicatorRow = { id: 1, code: 'GDP', name: 'GDP', source: 'eurostat', source_code: null };

function mapper(options: ImportOptions = {}): RecordMapper {
  const indicators = { byOurCode: (c: string) => (c === 'GDP' ? GDP : undefined), resolve: (c: string) => (c === 'GDP' ? GDP : undefined) };
  const territories = { resolve: (c: string) => (c === 'ITC11' ? { id: 7 } : null) };
  return new RecordMapper(new FilterStep(options.filters), new IndicatorStep(indicators, options), new TerritoryStep(territories));
}
const record = (dims: Record<string, string>, more = {}) => rawRecord({ ind: 'GDP', geo: 'ITC11', time: '2021', unit: 'EUR', ...dims }, more);

describe('RecordMapper', () => {
  it('maps a record to the row to stage', () => {
    expect(mapper().map(record({ time: '2021-03' }, { row: 5, value: '1.234,5', flags: ['p'] }))).toEqual({
      indicatorId: 1,
      territoryId: 7,
      period: '2021-03',
      periodStart: '2021-03-01',
      value: 1234.5,
      provisional: true,
      estimated: false,
      breakInSeries: false,
      sourceFlag: 'p',
      sourceRow: 5,
    });
  });

  it('filters first, then sets missing values aside, before looking at any code', () => {
    const m = mapper({ filters: { unit: 'PPS' } });
    expect(m.map(record({ ind: 'NOPE' }, { value: null }))).toBe(FILTERED);
    expect(m.map(record({ ind: 'NOPE', unit: 'PPS' }, { value: null }))).toBe(MISSING);
  });

  it('reports an unknown indicator and an unknown territory of one record together', () => {
    const out = mapper().map(record({ ind: 'NOPE', geo: 'ITX' }));
    expect(out).toMatchObject({ kind: 'unknown-codes', codes: [{ column: 'ind' }, { column: 'geo' }] });
    expect(mapper().map(record({ ind: 'NOPE' }))).toMatchObject({ kind: 'unknown-code', column: 'ind' });
    expect(mapper().map(record({ geo: 'ITX' }))).toMatchObject({ kind: 'unknown-code', column: 'geo' });
  });

  it('stops at the first problem of the period or the value', () => {
    expect(mapper().map(record({ time: 'never' }, { value: 'x' }))).toMatchObject({ kind: 'row-issue', issue: { column: 'time' } });
    expect(mapper().map(record({}, { value: 'x' }))).toMatchObject({ kind: 'row-issue', issue: { column: 'value' } });
    expect(mapper().map(record({}, { indicatorDim: undefined }))).toEqual({ kind: 'no-indicator' });
  });
});
