import { describe, expect, it } from 'vitest';
import { point, seriesOf } from '../../../test/fixtures';
import { isTentative, mergeSeries, valueOf } from './merge-series';

describe('mergeSeries', () => {
  const torino = seriesOf('ITC11', 'Città metropolitana di Torino', [point('2019', 34), point('2020', 36), point('2022', 40)]);
  const piemonte = seriesOf('ITC1', 'Piemonte', [point('2018', 30), point('2020', 31, { provisional: true })]);

  it('lists every period of the span once, in time order, even one no territory has', () => {
    expect(mergeSeries([torino, piemonte]).map((r) => r.period)).toEqual(['2018', '2019', '2020', '2021', '2022']);
  });

  it('puts null where a territory has no value, so the chart shows a gap', () => {
    const rows = mergeSeries([torino, piemonte]);
    expect(rows.map(valueOf('ITC11'))).toEqual([null, 34, 36, null, 40]);
    expect(rows.map(valueOf('ITC1'))).toEqual([30, null, 31, null, null]);
  });

  it('keeps the flags of each point', () => {
    const row2020 = mergeSeries([torino, piemonte]).find((r) => r.period === '2020')!;
    expect(isTentative(row2020.values.ITC1)).toBe(true);
    expect(isTentative(row2020.values.ITC11)).toBe(false);
  });

  it('fills sub-annual spans across years and handles no series', () => {
    const q = seriesOf('ITC11', 'Torino', [point('2022-Q1', 1), point('2021-Q3', 2)]);
    expect(mergeSeries([q]).map((r) => r.period)).toEqual(['2021-Q3', '2021-Q4', '2022-Q1']);
    const m = seriesOf('ITC11', 'Torino', [point('2021-11', 1), point('2022-01', 2)]);
    expect(mergeSeries([m]).map((r) => r.period)).toEqual(['2021-11', '2021-12', '2022-01']);
    expect(mergeSeries([])).toEqual([]);
  });
});
