import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '@psm/server/contract';
import { formatDate, formatPeriod } from '../../../lib/format';
import { isFrequency, isIndicatorSource } from '../../../lib/known-values';
import { useDataLang } from '../../../lib/use-data-lang';
import '../i18n';
import { StrategyLinks } from './strategy-links';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="ind-meta__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function useSourceName(): (source: string) => string {
  const { t } = useTranslation('indicators');
  return (s) => (isIndicatorSource(s) ? t(`sourceNames.${s}`) : s);
}

/** "ISTAT – BES, Istat, BES dei Territori": the source, its agency and its dataset, for a "Fonte:" line. */
export function useSourceLine(): (indicator: IndicatorDetail) => string {
  const sourceName = useSourceName();
  return (i) => [sourceName(i.source), i.sourceAgency, i.sourceDataset].filter(Boolean).join(', ');
}

export function useFrequencyName(): (frequency: string) => string {
  const { t } = useTranslation('indicators');
  return (f) => (isFrequency(f) ? t(`frequencies.${f}`) : f);
}

/** Everything about where the values come from and how to read them; what is unknown says so. */
export function IndicatorSources({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation('indicators');
  const sourceName = useSourceName();
  const frequencyName = useFrequencyName();
  const missing = <span className="ind-missing">{t('page.notAvailable')}</span>;
  const dataLang = useDataLang();
  const text = (v: string | null) => (v ? <span lang={dataLang}>{v}</span> : missing);

  return (
    <div className="ind-sources">
      <h2 className="h4">{t('sources.heading')}</h2>
      <dl className="ind-meta">
        <Row term={t('sources.definition')}>{text(indicator.definition)}</Row>
        <Row term={t('sources.unit')}>{text(indicator.unit)}</Row>
        <Row term={t('sources.polarity')}>{t(`sources.polarities.${indicator.polarity}`)}</Row>
        {indicator.polarityNote && <Row term={t('sources.polarityNote')}>{text(indicator.polarityNote)}</Row>}
        <Row term={t('sources.kind')}>{t(`sources.kinds.${indicator.kind}`)}</Row>
        <Row term={t('sources.source')}>{sourceName(indicator.source)}</Row>
        <Row term={t('sources.agency')}>{text(indicator.sourceAgency)}</Row>
        <Row term={t('sources.dataset')}>{text(indicator.sourceDataset)}</Row>
        <Row term={t('sources.sourceCode')}>{indicator.sourceCode ? <code>{indicator.sourceCode}</code> : missing}</Row>
        <Row term={t('sources.sourceLink')}>
          {indicator.sourceUrl ? (
            <a href={indicator.sourceUrl} rel="noopener noreferrer" className="ind-break">
              {indicator.sourceUrl}
            </a>
          ) : (
            missing
          )}
        </Row>
        <Row term={t('sources.licence')}>{text(indicator.licence)}</Row>
        <Row term={t('sources.frequency')}>{frequencyName(indicator.frequency)}</Row>
        {indicator.theme && <Row term={t('sources.theme')}>{text(indicator.theme)}</Row>}
        <Row term={t('sources.lastUpdate')}>
          {/* The source's release and our load: two dates, never a file name. */}
          {indicator.releaseDate ? t('sources.releasedOn', { date: formatDate(indicator.releaseDate) }) : t('sources.releaseUnknown')};{' '}
          {indicator.loadedAt ? t('sources.loadedOn', { date: formatDate(indicator.loadedAt) }) : t('sources.notLoaded')}
        </Row>
        <Row term={t('sources.nextRelease')}>
          {indicator.nextRelease ? formatPeriod(indicator.nextRelease.slice(0, 7)) : <span className="ind-missing">{t('sources.notStated')}</span>}
        </Row>
        {indicator.responsibleOffice && <Row term={t('sources.office')}>{indicator.responsibleOffice.name}</Row>}
        <Row term={t('sources.notes')}>{text(indicator.notes)}</Row>
      </dl>

      <h3 className="h5">{t('sources.coverage')}</h3>
      {indicator.coverage.length === 0 ? (
        <p>{missing}</p>
      ) : (
        <ul>
          {indicator.coverage.map((c) => (
            <li key={c.territory.code}>
              {t('sources.coverageItem', {
                count: c.observations,
                name: c.territory.name,
                from: formatPeriod(c.firstPeriod),
                to: formatPeriod(c.lastPeriod),
              })}
            </li>
          ))}
        </ul>
      )}

      <h3 className="h5">{t('sources.batches')}</h3>
      {indicator.batches.length === 0 ? (
        <p>{t('sources.noBatches')}</p>
      ) : (
        <ul className="ind-batches">
          {indicator.batches.map((b) => (
            <li key={b.id}>
              {t('sources.batchItem', { count: b.observations, format: b.format, date: formatDate(b.createdAt) })}
            </li>
          ))}
        </ul>
      )}

      <h3 className="h5">{t('sources.strategies')}</h3>
      {indicator.strategies.length === 0 ? (
        <p>{t('sources.noStrategies')}</p>
      ) : (
        <StrategyLinks links={indicator.strategies} explain />
      )}
    </div>
  );
}
