import { strings } from '../../../lib/strings';
import { formatHost, formatPercent } from '../../../lib/format';
import type { PlanSummary } from '../types';

type Counted = PlanSummary['counts']['strategies'];

function Meter({ label, counted }: { label: string; counted: Counted }) {
  if (counted.declared == null || counted.declared === 0) return null;
  const share = Math.min(100, (counted.loaded / counted.declared) * 100);
  return (
    <div className="meter">
      <div className="meter__label">
        <span>{label}</span>
        <span>
          {counted.loaded} / {counted.declared} ({formatPercent(share, 0)})
        </span>
      </div>
      <div className="meter__track" aria-hidden="true">
        <div className="meter__bar" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

const missing = (c: Counted) => (c.declared != null ? Math.max(0, c.declared - c.loaded) : 0);

/** How much of the plan's text is loaded, against the totals the plan itself declares. */
export function LoadStatus({ plan }: { plan: PlanSummary }) {
  const { strategies, actions } = plan.counts;
  const missingStrategies = missing(strategies);
  const missingActions = missing(actions);
  const sources = plan.declaredCountsSource?.split(/\s;\s/).filter(Boolean) ?? [];
  return (
    <section className="callout" aria-labelledby="load-status-heading">
      <h2 id="load-status-heading" className="callout__title">
        {strings.plan.loadedHeading}
      </h2>
      <p className="callout__lead">
        {strings.plan.loadedSummary(strategies.loaded, strategies.declared, actions.loaded, actions.declared)}
      </p>
      <div className="meters">
        <Meter label="Strategie" counted={strategies} />
        <Meter label="Azioni" counted={actions} />
      </div>
      {(missingStrategies > 0 || missingActions > 0) && (
        <p>
          {[
            missingStrategies > 0 ? strings.plan.strategiesMissing(missingStrategies) : null,
            missingActions > 0 ? strings.plan.actionsMissing(missingActions) : null,
          ]
            .filter(Boolean)
            .join('; ')}
          . {strings.plan.missingNote}
        </p>
      )}
      {sources.length > 0 && (
        <p className="small">
          {strings.plan.countsSource}:{' '}
          {sources.map((url, i) => (
            <span key={url}>
              {i > 0 && ' · '}
              <a href={url} rel="noopener noreferrer">
                {formatHost(url)}
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
