import type { IndicatorRow } from '../../mapping/indicators';
import { type IndicatorLookup, IndicatorStep } from './indicator-step';
import { NO_INDICATOR } from './rejections';
import { rawRecord } from './test-record';

const OURS: IndicatorRow[] = [
  { id: 1, code: 'GDP_PC', name: 'GDP per head', source: 'eurostat', source_code: 'nama_10r_3gdp' },
  { id: 2, code: 'UNEMP', name: 'Unemployment', source: 'istat', source_code: null },
];

/** Our code, then the mapped code, then the source code, as IndicatorResolver does; counts the look-ups. */
function lookup(): IndicatorLookup & { calls: number } {
  const byCode = (code: string) => OURS.find((i) => i.code === code.toUpperCase());
  return {
    calls: 0,
    byOurCode: byCode,
    resolve(code, map) {
      this.calls++;
      if (map[code]) return byCode(map[code]);
      return byCode(code) ?? OURS.find((i) => i.source_code === code);
    },
  };
}
const record = (ind: string, more = {}) => rawRecord({ ind, geo: 'IT', time: '2021-Q2' }, more);

describe('IndicatorStep', () => {
  it('gives every record the indicator --indicator names, whatever the file says', () => {
    const step = new IndicatorStep(lookup(), { indicator: 'gdp_pc' });
    expect(step.fixed).toBe(1);
    expect(step.map(record('ANYTHING'))).toBe(1);
    expect(step.map(rawRecord({ geo: 'IT' }, { indicatorDim: undefined }))).toBe(1);
  });

  it('resolves the file code once, through --map, our code or a source code, and remembers the first code per indicator', () => {
    const l = lookup();
    const step = new IndicatorStep(l, { map: { DISOCC: 'UNEMP' } });
    expect(step.map(record('nama_10r_3gdp'))).toBe(1);
    expect(step.map(record('nama_10r_3gdp'))).toBe(1);
    expect(step.map(record('GDP_PC'))).toBe(1);
    expect(step.map(record('DISOCC'))).toBe(2);
    expect(l.calls).toBe(3);
    expect([...step.sourceCodes]).toEqual([
      [1, 'nama_10r_3gdp'],
      [2, 'DISOCC'],
    ]);
  });

  it('names an unknown code with what to do, one problem per code', () => {
    const step = new IndicatorStep(lookup(), {});
    const first = step.map(record('XYZ'));
    expect(first).toEqual({ kind: 'unknown-code', column: 'ind', code: 'indicator.unknown', params: { code: 'XYZ' } });
    expect(step.map(record('XYZ', { row: 9 }))).toBe(first);
  });

  it('says so when the file names no indicator', () => {
    expect(new IndicatorStep(lookup(), {}).map(rawRecord({ geo: 'IT' }, { indicatorDim: undefined }))).toBe(NO_INDICATOR);
  });

  it('with --create-indicators, gives unknown codes negative ids and notes their label and frequency', () => {
    const step = new IndicatorStep(lookup(), { createIndicators: true });
    expect(step.map(record('new one', { labels: { ind: 'A new one' } }))).toBe(-1);
    expect(step.map(record('other', { dimensions: { ind: 'other', geo: 'IT', time: '2021' } }))).toBe(-2);
    expect(step.map(record('new one'))).toBe(-1);
    expect([...step.toCreate.values()]).toEqual([
      { tempId: -1, sourceCode: 'new one', label: 'A new one', frequency: 'quarterly', rows: 0 },
      { tempId: -2, sourceCode: 'other', label: null, frequency: 'annual', rows: 0 },
    ]);
    // A code that gives no usable code of ours stays unknown.
    expect(step.map(record('***'))).toMatchObject({ kind: 'unknown-code' });
  });
});
