import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import { formatNumber, formatPeriod, formatSignedNumber, withUnit } from '../../../lib/format';
import '../i18n';
import type { Series } from '../types';
import { summariseSeries } from '../utils/series-summary';
import { useValueText } from './use-value-text';

const ARROW = { improving: '▲', worsening: '▼', stable: '=', neutral: '↕', unknown: '' } as const;

/** The latest value of each territory shown, its change from the previous period and what that means. */
export function LatestSummary({ indicator, series, loading = [] }: { indicator: IndicatorDetail; series: Series[]; loading?: readonly string[] }) {
  const { t } = useTranslation('indicators');
  const { t: tc } = useTranslation();
  const text = useValueText(indicator);
  const headingId = useId();
  // A change in a percentage is in points, not in per cent.
  const longUnit = !!indicator.unit && indicator.unit.length > 6 && !indicator.unit.startsWith('%');
  const changeUnit = indicator.unit?.startsWith('%') ? t('summary.points') : indicator.unit;
  return (
    <section className="ind-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="ind-summary__heading">
        {t('summary.heading')}
      </h2>
      <ul className="ind-summary__list">
        {series.map((s) => {
          const sum = summariseSeries(s.points, indicator.polarity);
          return (
            <li key={s.territory.code} className="ind-summary__item">
              <p className="ind-summary__territory">{s.territory.name}</p>
              {sum ? (
                <>
                  <p className="ind-summary__value">
                    {/* A long unit ("euro per abitante") in smaller type, so the number stays the first thing read. */}
                    {longUnit ? (
                      <>
                        {formatNumber(sum.latest.value, indicator.decimals)} <span className="ind-summary__unit">{indicator.unit}</span>
                      </>
                    ) : (
                      text.value(sum.latest.value)
                    )}
                    {text.flagWords(sum.latest) && (
                      <span className="ind-summary__flags"> ({text.flagWords(sum.latest)})</span>
                    )}
                  </p>
                  <p className="ind-summary__period">{t('summary.latest', { period: formatPeriod(sum.latest.period) })}</p>
                  <p className="ind-summary__change">
                    {sum.previous && sum.change != null ? (
                      <>
                        {t('summary.change', {
                          change: withUnit(formatSignedNumber(sum.change, indicator.decimals), changeUnit),
                          period: formatPeriod(sum.previous.period),
                        })}
                        {sum.direction !== 'unknown' && (
                          <span className={`ind-direction ind-direction--${sum.direction}`}>
                            <span aria-hidden="true">{ARROW[sum.direction]} </span>
                            {t(`summary.direction.${sum.direction}`)}
                          </span>
                        )}
                      </>
                    ) : sum.breakPeriod ? (
                      t('summary.breakInSeries', { period: formatPeriod(sum.breakPeriod) })
                    ) : (
                      t('summary.noPrevious')
                    )}
                  </p>
                </>
              ) : loading.includes(s.territory.code) ? (
                // Just switched on: its values are on their way, not missing.
                <p className="ind-summary__value" role="status">{tc('states.loading')}</p>
              ) : (
                <p className="ind-summary__value ind-missing">{t('summary.noData')}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
