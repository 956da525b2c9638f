import { loadProgressOptions } from '../config/progress';
import { computeProgress, type ProgressPoint } from './progress';

const p = (period: string, value: number, breakInSeries = false): ProgressPoint => ({ period, value, breakInSeries });
const t = (period: string, value: number) => ({ period, value });

// Hand-computed: 100 → 121 over 2020–2022 is +10 %/year; 100 → 146.41 over 2020–2024 needs +10 %/year.
describe('computeProgress (higher is better)', () => {
  const target = t('2024', 146.41);

  it('is on track when the observed rate is at least 95 % of the needed one', () => {
    expect(computeProgress([p('2020', 100), p('2021', 110), p('2022', 121)], target, 'higher_better')).toEqual({
      status: 'on_track',
      rateKind: 'cagr',
      baseYear: 2020,
      baseValue: 100,
      latestYear: 2022,
      latestValue: 121,
      actualRate: 0.1,
      requiredRate: 0.1,
      targetYear: 2024,
      targetValue: 146.41,
    });
  });

  it('is moderate at +7 %/year of the 10 needed (ratio 0.7)', () => {
    const r = computeProgress([p('2020', 100), p('2022', 114.49)], target, 'higher_better');
    expect(r).toMatchObject({ status: 'moderate', actualRate: 0.07, requiredRate: 0.1 });
  });

  it('is insufficient at +2 %/year (ratio 0.2) and when still (ratio 0)', () => {
    expect(computeProgress([p('2020', 100), p('2022', 104.04)], target, 'higher_better')).toMatchObject({ status: 'insufficient', actualRate: 0.02 });
    expect(computeProgress([p('2020', 100), p('2022', 100)], target, 'higher_better')).toMatchObject({ status: 'insufficient', actualRate: 0 });
  });

  it('is moving away when the value falls', () => {
    expect(computeProgress([p('2020', 100), p('2022', 81)], target, 'higher_better')).toMatchObject({ status: 'moving_away', actualRate: -0.1 });
  });

  it('is reached when the latest value is at or beyond the target, even past its year', () => {
    expect(computeProgress([p('2020', 100), p('2022', 150)], target, 'higher_better')).toMatchObject({ status: 'reached', latestValue: 150 });
    expect(computeProgress([p('2020', 100), p('2026', 146.41)], target, 'higher_better')).toMatchObject({ status: 'reached' });
  });

  it('honours configured thresholds', () => {
    const opts = { thresholds: { onTrack: 0.7, moderate: 0.1 } };
    expect(computeProgress([p('2020', 100), p('2022', 114.49)], target, 'higher_better', opts).status).toBe('on_track');
    expect(computeProgress([p('2020', 100), p('2022', 104.04)], target, 'higher_better', opts).status).toBe('moderate');
  });
});

describe('computeProgress (lower is better)', () => {
  // 100 → 81 over 2020–2022 is −10 %/year; 100 → 65.61 by 2024 needs −10 %/year.
  const target = t('2024', 65.61);
  it('is on track when the value falls fast enough', () => {
    expect(computeProgress([p('2020', 100), p('2022', 81)], target, 'lower_better')).toMatchObject({ status: 'on_track', actualRate: -0.1, requiredRate: -0.1 });
  });
  it('is insufficient when it falls slowly, moving away when it rises, reached at or below the target', () => {
    expect(computeProgress([p('2020', 100), p('2022', 96.04)], target, 'lower_better')).toMatchObject({ status: 'insufficient', actualRate: -0.02 });
    expect(computeProgress([p('2020', 100), p('2022', 121)], target, 'lower_better')).toMatchObject({ status: 'moving_away', actualRate: 0.1 });
    expect(computeProgress([p('2020', 100), p('2022', 60)], target, 'lower_better').status).toBe('reached');
  });
  it('is moving away when the base had met the target and the latest value no longer does', () => {
    expect(computeProgress([p('2020', 60), p('2022', 70)], target, 'lower_better').status).toBe('moving_away');
  });
});

describe('computeProgress: breaks, gaps, edge cases', () => {
  it('never compares across a break: the base is the flagged value', () => {
    const r = computeProgress([p('2018', 300), p('2019', 310), p('2020', 100, true), p('2022', 121)], t('2024', 146.41), 'higher_better');
    expect(r).toMatchObject({ status: 'on_track', baseYear: 2020, baseValue: 100 });
  });

  it('is not computable with fewer than two values after the last break', () => {
    const r = computeProgress([p('2018', 50), p('2019', 60), p('2022', 100, true)], t('2024', 146.41), 'higher_better');
    expect(r).toMatchObject({ status: 'not_computable', reason: 'too_few_after_break', latestYear: 2022, baseYear: null, actualRate: null });
    expect(computeProgress([p('2022', 100)], t('2024', 146.41), 'higher_better')).toMatchObject({ status: 'not_computable', reason: 'too_few_values' });
    expect(computeProgress([], t('2024', 146.41), 'higher_better')).toMatchObject({ status: 'not_computable', reason: 'no_values' });
  });

  it('uses the real distance between years when years are missing', () => {
    // 100 → 133.1 over 2016–2019 (2017, 2018 missing) is +10 %/year, not +33 %.
    const r = computeProgress([p('2016', 100), p('2019', 133.1)], t('2022', 177.1561), 'higher_better');
    expect(r).toMatchObject({ status: 'on_track', actualRate: 0.1, requiredRate: 0.1, baseYear: 2016, latestYear: 2019 });
  });

  it('starts at the configured base year', () => {
    const r = computeProgress([p('2012', 10), p('2015', 100), p('2017', 121)], t('2019', 146.41), 'higher_better', {
      thresholds: { onTrack: 0.95, moderate: 0.6 },
      baseYear: 2014,
    });
    expect(r).toMatchObject({ status: 'on_track', baseYear: 2015 });
  });

  it('judges a passed target year without reaching it as insufficient or moving away', () => {
    expect(computeProgress([p('2020', 100), p('2024', 110)], t('2023', 120), 'higher_better')).toMatchObject({ status: 'insufficient' });
    expect(computeProgress([p('2020', 100), p('2024', 90)], t('2023', 120), 'higher_better')).toMatchObject({ status: 'moving_away' });
  });

  it('falls back to a linear rate when a value is zero or negative', () => {
    // 0 → 10 over 2020–2022: +5 a year; 0 → 40 by 2026 needs 40/6 a year; ratio 0.75 → moderate.
    const r = computeProgress([p('2020', 0), p('2022', 10)], t('2026', 40), 'higher_better');
    expect(r).toMatchObject({ status: 'moderate', rateKind: 'linear', actualRate: 5, requiredRate: 6.666666667 });
  });

  it('is not computable without a polarity or with a target year not after the base', () => {
    expect(computeProgress([p('2020', 1), p('2022', 2)], t('2024', 3), 'neutral')).toMatchObject({ status: 'not_computable', reason: 'no_polarity' });
    expect(computeProgress([p('2020', 1), p('2022', 2)], t('2024', 3), null)).toMatchObject({ status: 'not_computable', reason: 'no_polarity' });
    expect(computeProgress([p('2020', 1), p('2022', 2)], t('2020', 3), 'higher_better')).toMatchObject({ status: 'not_computable', reason: 'target_not_after_base' });
  });

  it('takes the latest period of a year for sub-annual series', () => {
    const r = computeProgress([p('2020-Q1', 90), p('2020-Q4', 100), p('2022-Q2', 110), p('2022-Q4', 121)], t('2024', 146.41), 'higher_better');
    expect(r).toMatchObject({ baseValue: 100, latestValue: 121, status: 'on_track' });
  });
});

describe('loadProgressOptions', () => {
  it('has Open SDG defaults and reads the environment', () => {
    expect(loadProgressOptions({})).toEqual({ thresholds: { onTrack: 0.95, moderate: 0.6 } });
    expect(loadProgressOptions({ PROGRESS_ON_TRACK_RATIO: '0.9', PROGRESS_MODERATE_RATIO: '0.5', PROGRESS_BASE_YEAR: '2015' })).toEqual({
      thresholds: { onTrack: 0.9, moderate: 0.5 },
      baseYear: 2015,
    });
  });
  it('refuses a moderate ratio not below the on-track one, naming it', () => {
    expect(() => loadProgressOptions({ PROGRESS_MODERATE_RATIO: '0.95' })).toThrow(/PROGRESS_MODERATE_RATIO/);
    expect(() => loadProgressOptions({ PROGRESS_ON_TRACK_RATIO: 'abc' })).toThrow(/PROGRESS_ON_TRACK_RATIO/);
  });
});
