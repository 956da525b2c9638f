import { FilterStep } from './filter-step';
import { rawRecord } from './test-record';

describe('FilterStep', () => {
  it('keeps the records whose dimension has one of the listed values, names compared case-insensitively', () => {
    const step = new FilterStep({ GEO: 'IT, ITC1,,ITC11', unit: 'EUR_HAB' });
    expect(step.keeps(rawRecord({ geo: 'ITC1', unit: 'EUR_HAB' }))).toBe(true);
    expect(step.keeps(rawRecord({ geo: 'ITC2', unit: 'EUR_HAB' }))).toBe(false);
    expect(step.keeps(rawRecord({ geo: 'ITC11', unit: 'PPS' }))).toBe(false);
    expect(step.list.map((f) => [f.wanted, f.dim, [...f.values]])).toEqual([
      ['GEO', 'geo', ['IT', 'ITC1', 'ITC11']],
      ['unit', 'unit', ['EUR_HAB']],
    ]);
  });

  it('resolves every filter of a record, even after one has left it out', () => {
    const step = new FilterStep({ unit: 'EUR_HAB', sex: 'T' });
    expect(step.keeps(rawRecord({ unit: 'PPS', sex: 'T' }))).toBe(false);
    expect(step.list.map((f) => f.dim)).toEqual(['unit', 'sex']);
  });

  it('ignores a filter on a dimension the record lacks, and finds it in a later record that has it', () => {
    const step = new FilterStep({ age: 'Y15-64' });
    expect(step.keeps(rawRecord({ geo: 'IT' }))).toBe(true);
    expect(step.list[0]!.dim).toBeNull();
    expect(step.keeps(rawRecord({ geo: 'IT', AGE: 'TOTAL' }))).toBe(false);
    expect(step.list[0]!.dim).toBe('AGE');
  });

  it('keeps everything without filters', () => {
    expect(new FilterStep(undefined).keeps(rawRecord({ geo: 'IT' }))).toBe(true);
  });
});
