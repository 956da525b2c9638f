import { useParams } from 'react-router-dom';
import { StrategyDashboard } from '../../features/dashboard/components/strategy-dashboard';

export function StrategyPage() {
  const { plan = '', code = '' } = useParams();
  return <StrategyDashboard key={`${plan}/${code}`} plan={plan} strategy={code} />;
}
