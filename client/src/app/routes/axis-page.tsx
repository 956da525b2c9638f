import { useParams } from 'react-router-dom';
import { AxisOverview } from '../../features/plans/components/axis-overview';

export function AxisPage() {
  const { plan = '', axis = '' } = useParams();
  return <AxisOverview key={`${plan}/${axis}`} plan={plan} axis={axis} />;
}
