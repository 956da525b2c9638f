import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../components/query-states';
import { EmbedSourceLines } from '../../components/share/embed-source-lines';
import { useDashboard } from '../../features/dashboard/api/get-dashboard';
import { StrategyIndicators } from '../../features/dashboard/components/strategy-indicators';
import { dashboardVersion } from '../../features/dashboard/utils/data-version';
import { paths } from '../../lib/paths';
import { useDataLang } from '../../lib/use-data-lang';
import { useDocumentTitle } from '../../lib/use-document-title';
import '../../styles/dashboard.css';

/** /embed/piani/:plan/strategie/:code: the strategy's context indicators (its cruscotto), for other sites to frame. */
export function EmbedStrategyPage() {
  const { plan = '', code = '' } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('share');
  const dataLang = useDataLang();
  const query = useDashboard(plan, code);
  const title = query.data ? t('embedPage.strategyTitle', { code: query.data.strategy.code, title: query.data.strategy.title }) : null;
  useDocumentTitle(title);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const search = params.toString();
  const { plan: summary, strategy } = query.data;
  return (
    <article>
      <h1>
        {t('embedPage.strategyTitle', { code: strategy.code, title: '' })}
        <span lang={dataLang}>{strategy.title}</span>
      </h1>
      {/* The cards' titles are h3: their section heading keeps the outline whole for screen readers. */}
      <h2 className="visually-hidden">{t('embedPage.indicatorsHeading')}</h2>
      <StrategyIndicators plan={plan} strategy={code} />
      <EmbedSourceLines
        source={summary.title}
        version={dashboardVersion(query.data)}
        licence={null}
        href={`${paths.strategy(plan, code)}${search ? `?${search}` : ''}`}
      />
    </article>
  );
}
