import { useTranslation } from 'react-i18next';
import type { DashboardSeries } from '@psm/server/contract';
import { formatPeriod, formatSignedNumber, formatSignedPercent, withUnit } from '../../../lib/format';
import '../i18n';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/**
 * Change from the previous value (never across a break in series: then it says why): the arrow shows which way the number moved; the word and the
 * colour say whether that is good news given the indicator's polarity (never the colour alone).
 */
export function ChangeIndicator({ series, unit, decimals }: { series: DashboardSeries; unit: string | null; decimals: number | null }) {
  const { t } = useTranslation('dashboard');
  const change = series.change;
  if (change && 'notComputed' in change) {
    return <p className="psm-change psm-change--unknown">{t('card.changeBreak', { period: formatPeriod(change.period) })}</p>;
  }
  if (!change) return <p className="psm-change psm-change--unknown">{t('card.changeUnknown')}</p>;
  const arrow = change.absolute > 0 ? ARROWS.up : change.absolute < 0 ? ARROWS.down : ARROWS.flat;
  // The change of a percentage is in points, not percent of percent.
  const amount = unit?.startsWith('%')
    ? t('card.percentPoints', { value: formatSignedNumber(change.absolute, decimals) })
    : `${withUnit(formatSignedNumber(change.absolute, decimals), unit)}${change.percent == null ? '' : ` (${formatSignedPercent(change.percent)})`}`;
  return (
    <p className={`psm-change psm-change--${series.direction}`}>
      <span className="psm-change__arrow" aria-hidden="true">
        {arrow}
      </span>{' '}
      <strong className="psm-change__word">{t(`direction.${series.direction}`)}</strong>{' '}
      <span className="psm-change__amount">
        {amount} {t('card.changeFrom', { period: formatPeriod(change.from) })}
      </span>
    </p>
  );
}
