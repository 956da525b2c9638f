import { useTranslation } from 'react-i18next';
import type { AxisNode } from '@psm/server/contract';
import { Link } from '../../../i18n/link';
import { paths } from '../../../lib/paths';
import { useDataLang } from '../../../lib/use-data-lang';
import type { PlanLevels } from '../hooks/use-plan-levels';
import '../i18n';
import { RollupSummary } from './rollup-summary';
import { TrendCounts } from './trend-counts';

/** An axis at a glance: its title, the two monitoring levels in brief, and its strategies. */
export function AxisCard({ plan, axis, levels }: { plan: string; axis: AxisNode; levels: PlanLevels }) {
  const { t } = useTranslation('plans');
  const lang = useDataLang();
  const name = t('axes.axis', { code: axis.code });
  const headingId = `axis-${axis.code}`;
  return (
    <article className="card card-bg no-after psm-card psm-axis-card" aria-labelledby={headingId}>
      <div className="card-body">
        <p className="psm-kicker">{name}</p>
        <h3 id={headingId} className="card-title h4">
          <Link to={paths.axis(plan, axis.code)} lang={lang}>
            {axis.title}
          </Link>
        </h3>
        {axis.altTitle && (
          <p className="psm-muted" lang={lang}>
            {axis.altTitle}
          </p>
        )}
        <div className="psm-levels">
          <section className="psm-level psm-level--context" aria-label={`${t('trend.heading')} – ${name}`}>
            <h4 className="psm-level__title">{t('trend.heading')}</h4>
            <TrendCounts counts={levels.context?.axes.find((a) => a.code === axis.code)} name={name} pending={levels.pending} />
          </section>
          <section className="psm-level psm-level--implementation" aria-label={`${t('rollup.heading')} – ${name}`}>
            <h4 className="psm-level__title">{t('rollup.heading')}</h4>
            <RollupSummary rollup={levels.rollup?.axes.find((a) => a.code === axis.code)} statuses={levels.statuses} name={name} pending={levels.pending} />
          </section>
        </div>
        <h4 className="psm-level__title">{t('axes.strategies')}</h4>
        {axis.strategies.length > 0 ? (
          <ul className="psm-strategy-links">
            {axis.strategies.map((s) => (
              <li key={s.code}>
                <span className="psm-code">{s.code}</span> <Link to={paths.strategy(plan, s.code)} lang={lang}>
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="psm-muted small mb-0">{t('axes.noStrategies')}</p>
        )}
      </div>
    </article>
  );
}
