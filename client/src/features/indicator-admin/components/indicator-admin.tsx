import { useTranslation } from 'react-i18next';
import '../i18n';
import '../entry-i18n';
import '../../../styles/backoffice-data.css';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { isIndicatorSource } from '../../../lib/known-values';
import { paths } from '../../../lib/paths';
import { useBackofficeIndicator } from '../api/backoffice-indicator';
import { missingMetadata } from '../utils/completion';
import { MetadataForm } from './metadata-form';
import { PublicationPanel } from './publication-panel';
import { TargetsSection } from './targets-section';

/** /gestione/indicatori/:code: facts that never change, the publication (draft or published), the metadata form, the targets and the linked strategies. */
export function IndicatorAdmin({ code }: { code: string }) {
  const { t } = useTranslation('indicatorAdmin');
  const { t: te } = useTranslation('indicatorEntry');
  const { t: tc } = useTranslation();
  const query = useBackofficeIndicator(code);
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <ErrorState error={query.error} onRetry={() => void query.refetch()}>
        <p>
          <Link to={paths.backOffice.indicators()}>{t('detail.crumb')}</Link>
        </p>
      </ErrorState>
    );
  }
  const i = query.data;
  const missing = missingMetadata(i);
  const source = isIndicatorSource(i.source) ? t(`common.sources.${i.source}`) : i.source;
  return (
    <div className="bod indicator-admin">
      <dl className="bod-dl indicator-admin__facts">
        <dt>{t('detail.code')}</dt>
        <dd>
          <code>{i.code}</code>
        </dd>
        <dt>{t('detail.source')}</dt>
        <dd>{source}</dd>
        <dt>{t('detail.kind')}</dt>
        <dd>{t(`detail.${i.kind}`)}</dd>
        {i.sourceCode && (
          <>
            <dt>{t('detail.sourceCode')}</dt>
            <dd>
              <code>{i.sourceCode}</code>
            </dd>
          </>
        )}
      </dl>
      <p>
        {i.publication.status === 'published' && (
          <>
            <Link to={paths.indicator(i.code)}>{t('detail.publicPage')}</Link> ·{' '}
          </>
        )}
        <Link to={paths.backOffice.indicatorValues(i.code)}>{te('values.link')}</Link>
      </p>
      <PublicationPanel code={i.code} publication={i.publication} />
      {missing.length > 0 && (
        <div className="callout warning">
          <div className="callout-title">{t('detail.todoTitle')}</div>
          <p>{t('detail.todoText')}</p>
        </div>
      )}
      <MetadataForm key={i.code} indicator={i} />
      <TargetsSection indicator={i} />
      <section aria-labelledby="ind-strategies-heading">
        <h2 id="ind-strategies-heading" className="h4">
          {t('detail.strategiesHeading')}
        </h2>
        {i.strategies.length === 0 ? (
          <p>{t('detail.noStrategies')}</p>
        ) : (
          <ul className="indicator-admin__strategies">
            {i.strategies.map((s) => (
              <li key={`${s.plan}/${s.strategy}`}>
                <span className="bod-code">{s.strategy}</span> {s.title} <span className="muted">({s.plan})</span>
                {s.demonstration && <span className="bod-tag bod-tag--demo">{tc('demo.badge')}</span>} –{' '}
                <Link to={paths.backOffice.strategyLinks(s.plan, s.strategy)} aria-label={t('detail.editLinksOf', { code: s.strategy, plan: s.plan })}>
                  {t('detail.editLinks')}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
