import { Link } from '../../../i18n/link';
import { strings } from '../../../lib/strings';
import { paths } from '../../../lib/paths';
import type { StrategyNode } from '../types';

/** One strategy: code, title, how many indicators its dashboard has, and its actions. */
export function StrategyItem({ plan, strategy }: { plan: string; strategy: StrategyNode }) {
  const headingId = `strategy-${strategy.code.replace('.', '-')}`;
  return (
    <li className="strategy" aria-labelledby={headingId}>
      <div className="strategy__head">
        <h4 id={headingId} className="strategy__title">
          <span className="code-badge">{strategy.code}</span>{' '}
          <Link to={paths.strategy(plan, strategy.code)}>{strategy.title}</Link>
        </h4>
        <p className={`strategy__indicators${strategy.indicatorCount === 0 ? ' muted' : ''}`}>
          {strings.plan.indicators(strategy.indicatorCount)}
          {strategy.indicatorCount > 0 && (
            <>
              {' · '}
              <Link to={paths.strategy(plan, strategy.code)} aria-label={`${strings.plan.openDashboard}: ${strings.plan.strategy(strategy.code)}`}>
                {strings.plan.openDashboard}
              </Link>
            </>
          )}
        </p>
      </div>
      {strategy.actions.length > 0 ? (
        <ul className="action-list" aria-label={`${strings.plan.actions(strategy.actions.length)} – ${strings.plan.strategy(strategy.code)}`}>
          {strategy.actions.map((a) => (
            <li key={a.code} className="action-list__item">
              <span className="action-list__code">{a.code}</span>
              <span>{a.title}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="small muted">{strings.plan.noActionsLoaded}</p>
      )}
    </li>
  );
}
