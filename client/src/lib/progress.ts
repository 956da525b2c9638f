import type { TFunction } from 'i18next';
import type { ProgressCounts, TargetProgress } from '@psm/server/contract';
import { PROGRESS_STATUSES, type ProgressStatus } from '@psm/server/contract/values';
import { formatNumber, formatSignedNumber, formatSignedPercent, withUnit } from './format';

/** The path of the public page that explains the method. */
export const PROGRESS_METHOD_PATH = '/metodo/progressi';

/** A mark beside each status's words (never colour alone): best to worst, a dash when the method cannot say. */
export const PROGRESS_ICONS: Record<ProgressStatus, string> = {
  reached: '✓',
  on_track: '▲',
  moderate: '◆',
  insufficient: '▽',
  moving_away: '✕',
  not_computable: '–',
};

/** How values of the indicator are written: its unit and decimals. */
export type ValueShape = { unit: string | null; decimals: number | null };

/** A yearly rate in words: +2,1% for a compound rate, +1,5 µg/m³ for a linear one. */
function rateText(rate: number, kind: TargetProgress['rateKind'], shape: ValueShape): string {
  if (kind === 'linear') return withUnit(formatSignedNumber(rate, shape.decimals == null ? 2 : shape.decimals + 1), shape.unit);
  return formatSignedPercent(rate * 100, 1);
}

/**
 * One sentence on a target's progress: "Dal 2019 al 2023 +2,1% l'anno; per arrivare a 60 nel 2026 serve +3,0% l'anno",
 * the value reaching it, or why it cannot be computed.
 */
export function progressSentence(t: TFunction, p: TargetProgress, shape: ValueShape): string {
  const value = (v: number) => withUnit(formatNumber(v, shape.decimals), shape.unit);
  const target = value(p.targetValue);
  if (p.status === 'reached' && p.latestValue !== null) return t('progress.sentenceReached', { to: String(p.latestYear), latest: value(p.latestValue), target });
  if (p.status === 'not_computable' || p.actualRate === null || p.requiredRate === null) {
    return t('progress.notComputable', { reason: t(`progress.reason.${(p.reason ?? 'no_values') as 'no_values'}`) });
  }
  const common = { from: String(p.baseYear), to: String(p.latestYear), actual: rateText(p.actualRate, p.rateKind, shape), target, year: String(p.targetYear) };
  if (p.latestYear !== null && p.targetYear !== null && p.latestYear >= p.targetYear) return t('progress.sentencePast', common);
  return t('progress.sentence', { ...common, required: rateText(p.requiredRate, p.rateKind, shape) });
}

/** "3 in linea, 1 in allontanamento, 2 non calcolabili": the non-zero counts, best first; '' when none. */
export function progressSummary(t: TFunction, counts: ProgressCounts): string {
  return PROGRESS_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => t(`progress.count.${s}`, { count: counts[s] }))
    .join(', ');
}

/** How many indicators the counts hold. */
export const progressTotal = (counts: ProgressCounts) => PROGRESS_STATUSES.reduce((n, s) => n + counts[s], 0);
