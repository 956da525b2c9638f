import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import { formatHost, formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDataLang } from '../../../lib/use-data-lang';
import { usePlanLevels } from '../hooks/use-plan-levels';
import '../i18n';
import { LevelsError } from './levels-error';
import { NotFoundPart } from './not-found-part';
import { FigureLinks } from '../../../components/figure-links';
import { rollupFigureUrl } from '../utils/rollup-figure-url';
import { RollupSummary } from './rollup-summary';
import { StrategyActions } from './strategy-actions';
import { TrendCounts } from './trend-counts';
import { ProgressSummary } from '../../../components/progress-summary';
import { usePlanProgress } from '../../../lib/api/get-plan-progress';

type Props = {
  plan: string;
  strategy: string;
  /** Level 1: the strategy's context indicators (the dashboard cards), placed by the page. */
  indicators: ReactNode;
  /** The page's "Condividi" button, given the strategy's title as the heading reads; placed by the page. */
  share?: (title: string) => ReactNode;
};

/** A strategy's page: both monitoring levels on one page, the context indicators first, then the actions. */
export function StrategyOverview({ plan, strategy: code, indicators, share }: Props) {
  const { t } = useTranslation('plans');
  const tree = usePlanTree(plan);
  const levels = usePlanLevels(plan);
  const progress = usePlanProgress(plan);
  const lang = useDataLang();
  const axis = tree.data?.axes.find((a) => a.strategies.some((s) => s.code === code));
  const strategy = axis?.strategies.find((s) => s.code === code);
  const name = t('axes.strategy', { code });
  useDocumentTitle(strategy ? `${name} – ${strategy.title}` : tree.isPending ? null : t('strategyPage.notFound'));

  if (tree.isPending) return <LoadingState />;
  if (tree.isError) return <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />;
  const { plan: summary } = tree.data;
  if (!axis || !strategy) {
    return (
      <NotFoundPart
        plan={plan}
        planTitle={summary.title}
        title={t('strategyPage.notFound')}
        text={t('strategyPage.notFoundText', { plan: summary.title, code })}
      />
    );
  }
  const axisName = t('axes.axis', { code: axis.code });
  return (
    <article className="psm-strategy">
      <PageBreadcrumb
        items={[
          { label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() },
          { label: summary.title, to: paths.plan(plan), lang },
          { label: axisName, to: paths.axis(plan, axis.code) },
          { label: name },
        ]}
      />
      <header className="psm-page-head">
        <p className="psm-kicker">
          <Link to={paths.axis(plan, axis.code)}>{axisName}</Link> · <span lang={lang}>{axis.title}</span>
        </p>
        <h1>
          <span className="psm-code psm-code--large">{strategy.code}</span> <span lang={lang}>{strategy.title}</span>
        </h1>
        {strategy.description && <p lang={lang}>{strategy.description}</p>}
        {strategy.sourceUrl && (
          <p className="small psm-muted mb-0">
            {t('axes.sourceText')}:{' '}
            <a href={strategy.sourceUrl} rel="noopener noreferrer">
              {formatHost(strategy.sourceUrl)}
            </a>
          </p>
        )}
        {share && <div className="psm-page-head__share">{share(`${name} – ${strategy.title}`)}</div>}
      </header>
      <nav className="psm-explore" aria-label={t('strategyPage.onThisPage')}>
        <ul>
          <li>
            <a href="#contesto">{t('strategyPage.contextHeading')}</a>
          </li>
          <li>
            <a href="#attuazione">{t('strategyPage.implementationHeading')}</a>
          </li>
        </ul>
      </nav>
      <LevelsError levels={levels} />
      <section className="psm-level-section" aria-labelledby="contesto">
        <p className="psm-kicker">{t('strategyPage.contextLevel')}</p>
        <h2 id="contesto" className="psm-section-title" tabIndex={-1}>
          {t('strategyPage.contextHeading')}
        </h2>
        <TrendCounts counts={levels.context?.strategies.find((s) => s.code === code)} name={name} pending={levels.pending} />
        <ProgressSummary counts={progress.data?.strategies.find((s) => s.code === code)?.counts} />
        {indicators}
      </section>
      <section className="psm-level-section" aria-labelledby="attuazione">
        <p className="psm-kicker">{t('strategyPage.implementationLevel')}</p>
        <h2 id="attuazione" className="psm-section-title" tabIndex={-1}>
          {t('strategyPage.implementationHeading')}
        </h2>
        <div className="psm-strategy__rollup">
          <RollupSummary rollup={levels.rollup?.strategies.find((s) => s.code === code)} statuses={levels.statuses} name={name} pending={levels.pending} />
          {levels.rollup && <p className="small psm-muted">{t('rollup.currentPeriod', { period: formatPeriod(levels.rollup.currentPeriod) })}</p>}
          <FigureLinks
            label={t('figure.strategy')}
            detail={t('figure.detail')}
            url={(format, scale, lang) => rollupFigureUrl(plan, { strategia: code }, format, scale, lang)}
          />
        </div>
        <StrategyActions plan={plan} strategy={code} />
      </section>
    </article>
  );
}
