import { useTranslation } from 'react-i18next';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import { formatHost } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDataLang } from '../../../lib/use-data-lang';
import { usePlanLevels } from '../hooks/use-plan-levels';
import '../i18n';
import { LevelCard } from './level-card';
import { LevelsError } from './levels-error';
import { NotFoundPart } from './not-found-part';
import { FigureLinks } from '../../../components/figure-links';
import { rollupFigureUrl } from '../utils/rollup-figure-url';
import { RollupSummary } from './rollup-summary';
import { StrategyCard } from './strategy-card';
import { TrendCounts } from './trend-counts';
import { ProgressSummary } from '../../../components/progress-summary';
import { usePlanProgress } from '../../../lib/api/get-plan-progress';

/** One axis: both monitoring levels for the axis, then each loaded strategy with its own. */
export function AxisOverview({ plan, axis: code }: { plan: string; axis: string }) {
  const { t } = useTranslation('plans');
  const tree = usePlanTree(plan);
  const levels = usePlanLevels(plan);
  const progress = usePlanProgress(plan);
  const lang = useDataLang();
  const axis = tree.data?.axes.find((a) => a.code === code);
  const name = t('axes.axis', { code });
  useDocumentTitle(axis ? `${name} – ${axis.title}` : tree.isPending ? null : t('axisPage.notFound'));

  if (tree.isPending) return <LoadingState />;
  if (tree.isError) return <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />;
  const { plan: summary } = tree.data;
  if (!axis) {
    return (
      <NotFoundPart
        plan={plan}
        planTitle={summary.title}
        title={t('axisPage.notFound')}
        text={t('axisPage.notFoundText', { plan: summary.title, code })}
      />
    );
  }

  const { strategies: s } = summary.counts;
  const missing = s.declared != null ? Math.max(0, s.declared - s.loaded) : 0;
  return (
    <article className="psm-axis">
      <PageBreadcrumb
        items={[{ label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() }, { label: summary.title, to: paths.plan(plan), lang }, { label: name }]}
      />
      <header className="psm-page-head">
        <p className="psm-kicker">{name}</p>
        <h1 lang={lang}>{axis.title}</h1>
        {axis.altTitle && (
          <p className="psm-page-head__subtitle" lang={lang}>
            {axis.altTitle}
          </p>
        )}
        {axis.description && <p lang={lang}>{axis.description}</p>}
        {axis.sourceUrl && (
          <p className="small psm-muted mb-0">
            {t('axes.sourceText')}:{' '}
            <a href={axis.sourceUrl} rel="noopener noreferrer">
              {formatHost(axis.sourceUrl)}
            </a>
          </p>
        )}
      </header>
      <LevelsError levels={levels} />
      <div className="row g-4 mb-4">
        <LevelCard id="axis-context" heading={t('trend.heading')}>
          <TrendCounts counts={levels.context?.axes.find((a) => a.code === code)} name={name} pending={levels.pending} />
          <ProgressSummary counts={progress.data?.axes.find((a) => a.code === code)?.counts} />
          {levels.context?.territory && <p className="small psm-muted mt-2 mb-0">{t('axes.focus', { territory: levels.context.territory.name })}</p>}
        </LevelCard>
        <LevelCard id="axis-implementation" heading={t('rollup.heading')}>
          <RollupSummary rollup={levels.rollup?.axes.find((a) => a.code === code)} statuses={levels.statuses} name={name} pending={levels.pending} />
          <FigureLinks
            label={t('figure.axisStrategies')}
            detail={t('figure.detail')}
            url={(format, scale, lang) => rollupFigureUrl(plan, { livello: 'strategie', asse: code }, format, scale, lang)}
          />
        </LevelCard>
      </div>
      <h2 className="psm-section-title">{t('axisPage.strategiesHeading')}</h2>
      {axis.strategies.length === 0 && <p className="psm-muted">{t('axes.noStrategies')}</p>}
      <div className="row g-4">
        {axis.strategies.map((st) => (
          <div key={st.code} className="col-12 col-lg-6">
            <StrategyCard plan={plan} strategy={st} levels={levels} />
          </div>
        ))}
      </div>
      {missing > 0 && (
        <p className="psm-note mt-4">{t('axisPage.planMissing', { count: missing, declared: s.declared ?? 0 })}</p>
      )}
    </article>
  );
}
