import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';
import { useFrequencyName, useSourceName } from './indicator-sources';
import { useIndicatorName } from './use-indicator-name';

/** Name, code, definition and the facts that frame every value: source, frequency, unit. */
export function IndicatorHeader({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation('indicators');
  const name = useIndicatorName()(indicator);
  const sourceName = useSourceName();
  const frequencyName = useFrequencyName();
  const dataLang = useDataLang();
  return (
    <header className="ind-head">
      <p className="ind-head__kicker">
        {t('page.kicker')} · {t('page.code')} <code>{indicator.code}</code>
      </p>
      <h1 lang={name.lang}>{name.text}</h1>
      {indicator.definition && (
        <p className="ind-head__lead" lang={dataLang}>
          {indicator.definition}
        </p>
      )}
      <dl className="ind-head__facts">
        <div>
          <dt>{t('sources.source')}</dt>
          <dd>{sourceName(indicator.source)}</dd>
        </div>
        <div>
          <dt>{t('sources.frequency')}</dt>
          <dd>{frequencyName(indicator.frequency)}</dd>
        </div>
        <div>
          <dt>{t('sources.unit')}</dt>
          <dd>{indicator.unit ?? t('page.notAvailable')}</dd>
        </div>
      </dl>
    </header>
  );
}
