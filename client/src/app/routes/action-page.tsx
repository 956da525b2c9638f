import { useParams } from 'react-router-dom';
import { ActionDetailView } from '../../features/actions/components/action-detail';

export function ActionPage() {
  const { plan = '', code = '' } = useParams();
  return <ActionDetailView key={`${plan}/${code}`} plan={plan} code={code} />;
}
