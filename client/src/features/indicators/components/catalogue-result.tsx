import { useTranslation } from 'react-i18next';
import type { IndicatorListItem } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import '../i18n';
import { useFrequencyName, useSourceName } from './indicator-sources';
import { StrategyLinks } from './strategy-links';
import { useIndicatorName } from './use-indicator-name';

/** One indicator of the catalogue: its name linking to its page, source, unit, frequency and strategies. */
export function CatalogueResult({ item, plan }: { item: IndicatorListItem; plan: string }) {
  const { t } = useTranslation('indicators');
  const name = useIndicatorName()(item);
  const sourceName = useSourceName();
  const frequencyName = useFrequencyName();
  return (
    <article className="ind-result">
      <h2 className="ind-result__title">
        <Link to={paths.indicator(item.code, plan || undefined)} lang={name.lang}>
          {name.text}
        </Link>
      </h2>
      <p className="ind-result__code">
        <code>{item.code}</code>
      </p>
      <dl className="ind-result__facts">
        <div>
          <dt>{t('catalogue.source')}</dt>
          <dd>{sourceName(item.source)}</dd>
        </div>
        <div>
          <dt>{t('catalogue.unit')}</dt>
          <dd>{item.unit ?? t('page.notAvailable')}</dd>
        </div>
        <div>
          <dt>{t('catalogue.frequency')}</dt>
          <dd>{frequencyName(item.frequency)}</dd>
        </div>
      </dl>
      <div className="ind-result__strategies">
        <p className="ind-result__label">{t('catalogue.strategies')}</p>
        {item.strategies.length === 0 ? <p className="ind-missing">{t('catalogue.noStrategies')}</p> : <StrategyLinks links={item.strategies} compact />}
      </div>
    </article>
  );
}
