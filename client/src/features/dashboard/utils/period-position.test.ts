import { describe, expect, it } from 'vitest';
import { periodPosition } from './period-position';

describe('periodPosition', () => {
  it('places years, quarters, semesters and months on one time axis', () => {
    expect(periodPosition('2021')).toBe(2021);
    expect(periodPosition('2021-Q3')).toBe(2021.5);
    expect(periodPosition('2021-S2')).toBe(2021.5);
    expect(periodPosition('2021-04')).toBe(2021.25);
  });

  it('gives NaN for a code it does not know', () => {
    expect(periodPosition('soon')).toBeNaN();
  });
});
