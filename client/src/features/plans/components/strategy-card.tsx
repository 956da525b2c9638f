import { useTranslation } from 'react-i18next';
import type { StrategyNode } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import type { PlanLevels } from '../hooks/use-plan-levels';
import '../i18n';
import { RollupSummary } from './rollup-summary';
import { TrendCounts } from './trend-counts';

/** A strategy on its axis page: both monitoring levels in brief and the way to its dashboard. */
export function StrategyCard({ plan, strategy, levels }: { plan: string; strategy: StrategyNode; levels: PlanLevels }) {
  const { t } = useTranslation('plans');
  const lang = useDataLang();
  const name = t('axes.strategy', { code: strategy.code });
  const headingId = `strategy-${strategy.code.replace(/\W/g, '-')}`;
  return (
    <article className="card card-bg no-after psm-card" aria-labelledby={headingId}>
      <div className="card-body">
        <p className="psm-kicker">{name}</p>
        <h3 id={headingId} className="card-title h4">
          <Link to={paths.strategy(plan, strategy.code)} lang={lang}>
            {strategy.title}
          </Link>
        </h3>
        <p className="psm-muted small">
          {strategy.indicatorCount > 0 ? t('axes.indicators', { count: strategy.indicatorCount }) : t('axes.noIndicators')} ·{' '}
          {t('axes.actions', { count: strategy.actions.length })}
        </p>
        <div className="psm-levels">
          <section className="psm-level" aria-label={`${t('trend.heading')} – ${name}`}>
            <h4 className="psm-level__title">{t('trend.heading')}</h4>
            <TrendCounts counts={levels.context?.strategies.find((s) => s.code === strategy.code)} name={name} pending={levels.pending} />
          </section>
          <section className="psm-level" aria-label={`${t('rollup.heading')} – ${name}`}>
            <h4 className="psm-level__title">{t('rollup.heading')}</h4>
            <RollupSummary
              rollup={levels.rollup?.strategies.find((s) => s.code === strategy.code)}
              statuses={levels.statuses}
              name={name}
              pending={levels.pending}
            />
          </section>
        </div>
        <p className="mb-0 mt-3">
          <Link to={paths.strategy(plan, strategy.code)} className="psm-more">
            {t('axisPage.openDashboard', { code: strategy.code })}
          </Link>
        </p>
      </div>
    </article>
  );
}
