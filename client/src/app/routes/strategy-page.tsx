import { useParams } from 'react-router-dom';
import { ShareButton } from '../../components/share/share-dialog';
import { useDashboard } from '../../features/dashboard/api/get-dashboard';
import { StrategyIndicators } from '../../features/dashboard/components/strategy-indicators';
import { dashboardVersion } from '../../features/dashboard/utils/data-version';
import { StrategyOverview } from '../../features/plans/components/strategy-overview';

/** The strategy's cruscotto: the plan structure and actions (plans) around its context indicators (dashboard). */
export function StrategyPage() {
  const { plan = '', code = '' } = useParams();
  // The same query as the cards below: how current the data is, for the citation.
  const dashboard = useDashboard(plan, code);
  const version = dashboard.data ? dashboardVersion(dashboard.data) : null;
  return (
    <StrategyOverview
      key={`${plan}/${code}`}
      plan={plan}
      strategy={code}
      indicators={<StrategyIndicators plan={plan} strategy={code} />}
      share={(title) => <ShareButton kind="strategy" code={`${plan}/${code}`} title={title} version={version} />}
    />
  );
}
