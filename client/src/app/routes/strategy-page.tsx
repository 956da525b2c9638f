import { useParams } from 'react-router-dom';
import { StrategyIndicators } from '../../features/dashboard/components/strategy-indicators';
import { StrategyOverview } from '../../features/plans/components/strategy-overview';

/** The strategy's cruscotto: the plan structure and actions (plans) around its context indicators (dashboard). */
export function StrategyPage() {
  const { plan = '', code = '' } = useParams();
  return <StrategyOverview key={`${plan}/${code}`} plan={plan} strategy={code} indicators={<StrategyIndicators plan={plan} strategy={code} />} />;
}
