import { useParams } from 'react-router-dom';
import { MonitoringOverview } from '../../features/plans/components/monitoring-overview';

export function MonitoringPage() {
  const { plan = '' } = useParams();
  return <MonitoringOverview key={plan} plan={plan} />;
}
