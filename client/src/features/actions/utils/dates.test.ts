import { describe, expect, it } from 'vitest';
import { dayGap } from './dates';

describe('dayGap', () => {
  it('counts whole days from planned to actual, null when one is unknown', () => {
    expect(dayGap('2025-06-30', '2025-08-14')).toBe(45);
    expect(dayGap('2025-03-31', '2025-03-01')).toBe(-30);
    expect(dayGap('2024-02-28', '2024-03-01')).toBe(2);
    expect(dayGap('2025-01-01', null)).toBeNull();
    expect(dayGap(null, '2025-01-01')).toBeNull();
  });
});
