import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { ProgressBadge } from '../components/progress-badge';
import { progressOf } from '../test/fixtures';
import { progressSentence, progressSummary } from './progress';
import { setFormatLocale } from './format';

const pm10 = { unit: 'µg/m³', decimals: 0 };
const share = { unit: '%', decimals: 1 };

afterEach(async () => {
  await i18n.changeLanguage('it');
  setFormatLocale('it');
});

describe('progressSentence', () => {
  const t = i18n.t.bind(i18n);

  it('gives the observed and the needed yearly rate, in Italian and in English', async () => {
    expect(progressSentence(t, progressOf(), share)).toBe('Dal 2019 al 2023 +2% l’anno; per arrivare a 60,0% nel 2026 serve +2,6% l’anno.');
    await i18n.changeLanguage('en');
    setFormatLocale('en');
    expect(progressSentence(i18n.t.bind(i18n), progressOf(), share)).toBe('From 2019 to 2023 +2% a year; reaching 60.0% by 2026 needs +2.6% a year.');
  });

  it('writes a linear rate in the unit, a reached target, a passed year and why it cannot be computed', () => {
    const linear = progressOf({ rateKind: 'linear', baseValue: 0, actualRate: 5, requiredRate: 6.666666667, targetValue: 40, targetYear: 2026 });
    expect(progressSentence(t, linear, pm10)).toBe('Dal 2019 al 2023 +5,0 µg/m³ l’anno; per arrivare a 40 µg/m³ nel 2026 serve +6,7 µg/m³ l’anno.');
    expect(progressSentence(t, progressOf({ status: 'reached', latestValue: 61.2 }), share)).toBe('Nel 2023 il valore è 61,2%: il traguardo di 60,0% è raggiunto.');
    expect(progressSentence(t, progressOf({ status: 'insufficient', targetYear: 2022 }), share)).toBe('Dal 2019 al 2023 +2% l’anno; il traguardo di 60,0% era per il 2022.');
    const broken = progressOf({ status: 'not_computable', reason: 'too_few_after_break', baseYear: null, actualRate: null, requiredRate: null });
    expect(progressSentence(t, broken, share)).toBe('Non calcolabile: meno di due valori dopo l’interruzione della serie.');
  });
});

describe('progressSummary', () => {
  it('lists the non-zero counts best first, with plurals', () => {
    const counts = { reached: 0, on_track: 3, moderate: 0, insufficient: 0, moving_away: 1, not_computable: 2 };
    expect(progressSummary(i18n.t.bind(i18n), counts)).toBe('3 in linea, 1 in allontanamento, 2 non calcolabili');
    expect(progressSummary(i18n.t.bind(i18n), { ...counts, on_track: 0, moving_away: 0, not_computable: 0 })).toBe('');
  });
});

describe('ProgressBadge', () => {
  it('says the status in words beside a mark hidden from screen readers', async () => {
    const { container } = render(<ProgressBadge status="moving_away" />);
    expect(screen.getByText('In allontanamento')).toBeTruthy();
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe('✕');
    await i18n.changeLanguage('en');
    render(<ProgressBadge status="on_track" />);
    expect(screen.getByText('On track')).toBeTruthy();
  });
});
