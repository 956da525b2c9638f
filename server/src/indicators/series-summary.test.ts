import { summariseSeries } from './series-summary';

const p = (period: string, value: number) => ({ period, value, provisional: false, estimated: false, breakInSeries: false });

describe('summariseSeries', () => {
  it('judges the latest change by polarity', () => {
    const rising = [p('2020', 10), p('2021', 12), p('2022', 15)];
    expect(summariseSeries(rising, 'higher_better')).toMatchObject({
      latest: { period: '2022', value: 15 },
      changeFromPrevious: { from: '2021', absolute: 3, percent: 25 },
      changeFromFirst: { from: '2020', absolute: 5, percent: 50 },
      direction: 'improving',
    });
    expect(summariseSeries(rising, 'lower_better').direction).toBe('worsening');
    expect(summariseSeries(rising, 'neutral').direction).toBe('neutral');
    expect(summariseSeries([p('2020', 1), p('2021', 1)], 'lower_better').direction).toBe('stable');
  });

  it('has no change for a single value or an empty series, and no percent from zero', () => {
    expect(summariseSeries([p('2020', 1)], 'higher_better')).toEqual({ latest: p('2020', 1), change: null, changeFromPrevious: null, changeFromFirst: null, direction: 'unknown' });
    expect(summariseSeries([], 'higher_better').latest).toBeNull();
    expect(summariseSeries([p('2020', 0), p('2021', 2)], 'higher_better').changeFromPrevious).toEqual({ from: '2020', absolute: 2, percent: null });
  });

  it('computes no change across a break in series and names the period that broke it', () => {
    const brk = (period: string, value: number) => ({ ...p(period, value), breakInSeries: true });
    const latestBroken = summariseSeries([p('2020', 10), p('2021', 11), brk('2022', 20)], 'higher_better');
    expect(latestBroken).toMatchObject({ change: { notComputed: 'break', period: '2022' }, changeFromPrevious: null, changeFromFirst: null, direction: 'unknown' });
    const brokenBefore = summariseSeries([p('2020', 10), brk('2021', 20), p('2022', 22)], 'lower_better');
    expect(brokenBefore.change).toEqual({ from: '2021', to: '2022', absolute: 2, percent: 10, judgement: 'worsening' });
    expect(brokenBefore.changeFromFirst).toBeNull();
    // A break on the first value compared is the start of the series compared: the change stands.
    expect(summariseSeries([brk('2020', 10), p('2021', 12)], 'higher_better').changeFromFirst).toEqual({ from: '2020', absolute: 2, percent: 20 });
  });

  it('keeps decimal differences exact to the digits shown', () => {
    expect(summariseSeries([p('2022', 62), p('2023', 64.1)], 'higher_better').changeFromPrevious!.absolute).toBe(2.1);
  });
});
