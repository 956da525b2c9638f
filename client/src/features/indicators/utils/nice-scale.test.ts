import { describe, expect, it } from 'vitest';
import { niceScale } from './nice-scale';

describe('niceScale', () => {
  it('rounds bounds and ticks to readable steps', () => {
    expect(niceScale([81.4, 83.8])).toEqual({ domain: [81, 84], ticks: [81, 82, 83, 84] });
    expect(niceScale([33, 47])).toEqual({ domain: [30, 50], ticks: [30, 35, 40, 45, 50] });
    expect(niceScale([-0.44, 1.64])).toEqual({ domain: [-1, 2], ticks: [-1, 0, 1, 2] });
    expect(niceScale([0, 9])!.ticks).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceScale([0.1, 0.7])!.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('handles large counts, a single value and no values', () => {
    expect(niceScale([219700, 428476])!.ticks).toEqual([200000, 300000, 400000, 500000]);
    expect(niceScale([35])).toEqual({ domain: [30, 40], ticks: [30, 32, 34, 36, 38, 40] });
    expect(niceScale([])).toBeNull();
  });
});
