import { describe, expect, it } from 'vitest';
import { point, seriesOf } from '../../../test/fixtures';
import { chartSeries } from './chart-series';

const torino = seriesOf('ITC11', 'Torino', [point('2020', 11919), point('2021', 12473)]);
const piemonte = seriesOf('ITC1', 'Piemonte', [point('2021', 24958)]);
const italia = seriesOf('IT', 'Italia', [point('2021', 332596)]);

describe('chartSeries', () => {
  it('leaves out comparisons of another order of magnitude, and says which', () => {
    const { drawn, offScale } = chartSeries([torino, piemonte, italia], 'ITC11');
    expect(drawn.map((s) => s.territory.code)).toEqual(['ITC11', 'ITC1']);
    expect(offScale.map((s) => s.territory.code)).toEqual(['IT']);
  });

  it('never leaves out rates around zero, whatever their ratio', () => {
    const rate = (code: string, vs: number[]) => seriesOf(code, code, vs.map((v, i) => point(String(2020 + i), v)));
    const { drawn, offScale } = chartSeries([rate('ITC11', [1.2, 0.9, -0.01]), rate('ITC1', [-0.12, 0.19])], 'ITC11');
    expect(drawn).toHaveLength(2);
    expect(offScale).toEqual([]);
  });

  it('draws every territory with data when scales are alike, and skips empty series', () => {
    const rate = (code: string, v: number) => seriesOf(code, code, [point('2021', v)]);
    const { drawn, offScale } = chartSeries([rate('ITC11', 0.45), rate('ITC1', 0.19), seriesOf('IT', 'Italia', [])], 'ITC11');
    expect(drawn.map((s) => s.territory.code)).toEqual(['ITC11', 'ITC1']);
    expect(offScale).toEqual([]);
  });

  it('draws everything when the plan territory has no data', () => {
    expect(chartSeries([piemonte, italia], 'ITC11').drawn).toHaveLength(2);
  });
});
