import { formatHost } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import type { AxisNode } from '../types';
import { StrategyItem } from './strategy-item';

/** An axis of the plan with the strategies loaded under it. */
export function AxisSection({ plan, axis }: { plan: string; axis: AxisNode }) {
  const headingId = `axis-${axis.code}`;
  return (
    <section className="axis" aria-labelledby={headingId}>
      <header className="axis__head">
        <p className="axis__kicker">{strings.plan.axis(axis.code)}</p>
        <h3 id={headingId} className="axis__title">
          {axis.title}
        </h3>
        {axis.altTitle && <p className="axis__alt">{axis.altTitle}</p>}
      </header>
      {axis.strategies.length > 0 ? (
        <ul className="strategy-list">
          {axis.strategies.map((s) => (
            <StrategyItem key={s.code} plan={plan} strategy={s} />
          ))}
        </ul>
      ) : (
        <p className="muted">{strings.plan.noStrategiesLoaded}</p>
      )}
      {axis.sourceUrl && (
        <p className="small axis__source">
          {strings.plan.sourceText}: <a href={axis.sourceUrl} rel="noopener noreferrer">{formatHost(axis.sourceUrl)}</a>
        </p>
      )}
    </section>
  );
}
