import { mapRecordFlags, mapValue } from './value-step';
import { rawRecord } from './test-record';

describe('mapValue', () => {
  it('reads decimal commas and applies UNIT_MULT', () => {
    expect(mapValue(rawRecord({}), '82,5')).toBe(82.5);
    expect(mapValue(rawRecord({}, { unitMultiplier: 3 }), 1.5)).toBe(1500);
  });

  it('names a value it cannot read at its row and column', () => {
    expect(mapValue(rawRecord({}, { row: 4, valueColumn: 'OBS_VALUE' }), '12a')).toEqual({
      kind: 'row-issue',
      issue: { row: 4, column: 'OBS_VALUE', code: 'value.notNumber', params: { value: '12a' }, message: '"12a" is not a number.' },
    });
  });
});

describe('mapRecordFlags', () => {
  it('maps the codes as written, and shares one object among records without flags', () => {
    expect(mapRecordFlags(rawRecord({}, { flags: ['p', 'B'] }))).toEqual({ provisional: true, estimated: false, breakInSeries: true, sourceFlag: 'p B' });
    const none = mapRecordFlags(rawRecord({}));
    expect(none).toEqual({ provisional: false, estimated: false, breakInSeries: false, sourceFlag: null });
    expect(mapRecordFlags(rawRecord({}))).toBe(none);
  });
});
