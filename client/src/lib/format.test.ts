import { describe, expect, it } from 'vitest';
import { formatNumber, formatPeriod, formatSignedNumber, formatSignedPercent, withUnit } from './format';

describe('it-IT formatting', () => {
  it('uses the decimal comma and the thousands dot, also on four digits', () => {
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(223307, 0)).toBe('223.307');
    expect(formatNumber(0.456)).toBe('0,46');
  });

  it('signs changes, with an ASCII minus that pastes as a number', () => {
    expect(formatSignedNumber(-5, 0)).toBe('-5');
    expect(formatSignedNumber(1.25, 2)).toBe('+1,25');
    expect(formatSignedPercent(-12.5)).toBe('-12,5%');
  });

  it('attaches units the Italian way', () => {
    expect(withUnit('51,4', '%')).toBe('51,4%');
    expect(withUnit('35', 'µg/m³')).toBe('35 µg/m³');
    expect(withUnit('220.860', 'numero')).toBe('220.860');
  });

  it('writes periods in words', () => {
    expect(formatPeriod('2023')).toBe('2023');
    expect(formatPeriod('2021-Q3')).toBe('3º trim. 2021');
    expect(formatPeriod('2021-03')).toBe('marzo 2021');
  });
});
