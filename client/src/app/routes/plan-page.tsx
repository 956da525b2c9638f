import { useParams } from 'react-router-dom';
import { PlanOverview } from '../../features/plans/components/plan-overview';

export function PlanPage() {
  const { plan = '' } = useParams();
  return <PlanOverview key={plan} plan={plan} />;
}
