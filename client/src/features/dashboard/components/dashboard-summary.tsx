import { strings } from '../../../lib/strings';
import type { Dashboard } from '../types';

/** One sentence on where the strategy's indicators are heading, and which territories are compared. */
export function DashboardSummary({ dashboard }: { dashboard: Dashboard }) {
  const { summary, territories } = dashboard;
  const focus = territories.find((t) => t.role === 'focus');
  const comparisons = territories.filter((t) => t.role === 'comparison');
  return (
    <div className="dashboard-summary">
      <p className="dashboard-summary__lead">
        {strings.dashboard.summary(summary.indicators, summary.improving, summary.worsening, summary.stable)}
      </p>
      {focus && (
        <p className="small">
          {strings.dashboard.territories}: <strong>{focus.name}</strong> ({strings.dashboard.focus})
          {comparisons.map((t) => `, ${t.name}`).join('')}.
        </p>
      )}
    </div>
  );
}
