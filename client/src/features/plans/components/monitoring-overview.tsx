import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rollup, TrendCounts as Counts } from '@psm/server/contract';
import { PageBreadcrumb } from '../../../components/page-breadcrumb';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { Link } from '../../../i18n/link';
import { usePlanTree } from '../../../lib/api/get-plan-tree';
import { formatPeriod } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDataLang } from '../../../lib/use-data-lang';
import { usePlanLevels, type PlanLevels } from '../hooks/use-plan-levels';
import '../i18n';
import { LevelCard } from './level-card';
import { LevelsError } from './levels-error';
import { FigureLinks } from '../../../components/figure-links';
import { rollupFigureUrl } from '../utils/rollup-figure-url';
import { RollupGroupsSection } from './rollup-groups';
import { RollupSummary } from './rollup-summary';
import { TrendCounts } from './trend-counts';
import { ProgressSummary } from '../../../components/progress-summary';
import { usePlanProgress } from '../../../lib/api/get-plan-progress';

type RowProps = {
  kind: 'axis' | 'strategy';
  code: string;
  title: string;
  to: string;
  name: string;
  counts: Counts | undefined;
  rollup: Rollup | undefined;
  levels: PlanLevels;
};

function LevelsRow({ kind, code, title, to, name, counts, rollup, levels }: RowProps) {
  const { t } = useTranslation('plans');
  const lang = useDataLang();
  return (
    <tr className={`psm-monitoring__row psm-monitoring__row--${kind}`}>
      <th scope="row">
        <span className={kind === 'axis' ? 'psm-kicker d-block' : 'psm-code'}>{kind === 'axis' ? name : code}</span>{' '}
        <Link to={to} lang={lang}>
          {title}
        </Link>
      </th>
      <td data-label={t('monitoring.context')}>
        <TrendCounts counts={counts} name={name} pending={levels.pending} />
      </td>
      <td data-label={t('monitoring.implementation')}>
        <RollupSummary rollup={rollup} statuses={levels.statuses} name={name} pending={levels.pending} />
      </td>
    </tr>
  );
}

/** Level 1 and level 2 side by side for the whole plan: totals, then one row per axis and per strategy. */
export function MonitoringOverview({ plan }: { plan: string }) {
  const { t } = useTranslation('plans');
  const tree = usePlanTree(plan);
  const levels = usePlanLevels(plan);
  const progress = usePlanProgress(plan);
  const lang = useDataLang();
  useDocumentTitle(tree.data ? `${t('monitoring.title')} – ${tree.data.plan.title}` : tree.isError ? t('states.errorTitle', { ns: 'common' }) : null);

  if (tree.isPending) return <LoadingState />;
  if (tree.isError) return <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />;
  const { plan: summary, axes } = tree.data;
  const { context, rollup } = levels;
  const territory = context?.territory ?? summary.territory;
  const planName = summary.title;
  return (
    <article className="psm-monitoring">
      <PageBreadcrumb
        items={[
          { label: t('breadcrumb.home', { ns: 'common' }), to: paths.home() },
          { label: summary.title, to: paths.plan(plan), lang },
          { label: t('monitoring.title') },
        ]}
      />
      <header className="psm-page-head">
        <p className="psm-kicker" lang={lang}>
          {summary.title}
        </p>
        <h1>{t('monitoring.title')}</h1>
        <p className="psm-page-head__lead">{t('monitoring.lead')}</p>
        <p className="psm-muted mb-0">
          {territory ? t('axes.focus', { territory: territory.name }) : t('axes.noFocus')}{' '}
          {rollup && t('rollup.currentPeriod', { period: formatPeriod(rollup.currentPeriod) })}
        </p>
      </header>
      <LevelsError levels={levels} />
      <h2 className="psm-section-title">{t('monitoring.totals')}</h2>
      <div className="row g-4 mb-2">
        <LevelCard id="totals-context" heading={t('monitoring.context')} level={3}>
          <TrendCounts counts={context?.plan} name={planName} pending={levels.pending} />
          <ProgressSummary counts={progress.data?.plan.counts} />
        </LevelCard>
        <LevelCard id="totals-implementation" heading={t('monitoring.implementation')} level={3}>
          <RollupSummary rollup={rollup?.plan} statuses={levels.statuses} name={planName} pending={levels.pending} />
        </LevelCard>
      </div>
      <h2 className="psm-section-title">{t('axes.heading')}</h2>
      <div className="psm-table-wrap">
        <table className="table psm-stack-table psm-monitoring__table">
          <caption className="visually-hidden">{t('monitoring.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('monitoring.part')}</th>
              <th scope="col">{t('monitoring.context')}</th>
              <th scope="col">{t('monitoring.implementation')}</th>
            </tr>
          </thead>
          <tbody>
            {axes.map((a) => {
              const axisName = t('axes.axis', { code: a.code });
              return (
                <Fragment key={a.code}>
                  <LevelsRow
                    kind="axis"
                    code={a.code}
                    title={a.title}
                    to={paths.axis(plan, a.code)}
                    name={axisName}
                    counts={context?.axes.find((x) => x.code === a.code)}
                    rollup={rollup?.axes.find((x) => x.code === a.code)}
                    levels={levels}
                  />
                  {a.strategies.map((s) => (
                    <LevelsRow
                      key={s.code}
                      kind="strategy"
                      code={s.code}
                      title={s.title}
                      to={paths.strategy(plan, s.code)}
                      name={t('axes.strategy', { code: s.code })}
                      counts={context?.strategies.find((x) => x.code === s.code)}
                      rollup={rollup?.strategies.find((x) => x.code === s.code)}
                      levels={levels}
                    />
                  ))}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <FigureLinks label={t('figure.axes')} detail={t('figure.detail')} url={(format, scale, lang) => rollupFigureUrl(plan, { livello: 'assi' }, format, scale, lang)} />
      <FigureLinks label={t('figure.strategies')} url={(format, scale, lang) => rollupFigureUrl(plan, { livello: 'strategie' }, format, scale, lang)} />
      <RollupGroupsSection plan={plan} statuses={levels.statuses} />
    </article>
  );
}
