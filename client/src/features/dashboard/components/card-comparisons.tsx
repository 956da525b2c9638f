import { useTranslation } from 'react-i18next';
import type { DashboardIndicator } from '@psm/server/contract';
import { formatNumber, formatPeriod, withUnit } from '../../../lib/format';
import '../i18n';

type Props = { indicator: DashboardIndicator; focusName: string; focusLatest: { period: string; value: number } | null };

/**
 * Each comparison territory the dashboard promises: its own latest value with its own period next to the
 * focus territory's ("Torino 2023: 12,3 · Italia 2022: 11,8"), the comparison on the latest period both
 * have when it differs, or that it has no data.
 */
export function CardComparisons({ indicator, focusName, focusLatest }: Props) {
  const { t } = useTranslation('dashboard');
  if (indicator.comparisons.length === 0) return null;
  const value = (v: number) => withUnit(formatNumber(v, indicator.decimals), indicator.unit);
  const pair = (name: string, period: string, v: number) => t('card.territoryValue', { territory: name, period: formatPeriod(period), value: value(v) });
  return (
    <div className="psm-indicator__others">
      <p className="psm-indicator__others-title">{t('card.comparisons')}</p>
      <ul>
        {indicator.comparisons.map((c) => {
          if ('noData' in c) {
            return <li key={c.territory.code}>{t('card.noDataFor', { territory: c.territory.name })}</li>;
          }
          const own = [focusLatest ? pair(focusName, focusLatest.period, focusLatest.value) : null, pair(c.territory.name, c.latest.period, c.latest.value)];
          const samePeriod = c.common && focusLatest && c.common.period === focusLatest.period && c.common.period === c.latest.period;
          return (
            <li key={c.territory.code}>
              {own.filter(Boolean).join(' · ')}
              {samePeriod ? (
                <span className="psm-muted"> {t('card.samePeriod')}</span>
              ) : c.common ? (
                <span className="psm-indicator__common">
                  {' '}
                  {t('card.commonPeriod', {
                    period: formatPeriod(c.common.period),
                    values: [pair(focusName, c.common.period, c.common.focusValue), pair(c.territory.name, c.common.period, c.common.value)].join(' · '),
                  })}
                </span>
              ) : (
                <span className="psm-muted"> {t('card.noCommonPeriod')}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A latest change that disagrees with the progress towards the target, explained in words. */
export function DisagreementNote({ indicator }: { indicator: DashboardIndicator }) {
  const { t } = useTranslation('dashboard');
  const d = indicator.disagreement;
  if (!d) return null;
  const last = t(indicator.frequency === 'annual' ? 'disagreement.lastYear' : 'disagreement.lastChange');
  const key = d.lastChange === 'improving' ? 'disagreement.improvingAway' : d.status === 'reached' ? 'disagreement.worseningReached' : 'disagreement.worseningOnTrack';
  const since = d.since == null ? '' : t('disagreement.since', { year: d.since });
  return <p className="psm-indicator__disagreement">{t(key, { last, since })}</p>;
}
