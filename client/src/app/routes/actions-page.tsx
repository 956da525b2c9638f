import { useParams } from 'react-router-dom';
import { ActionsExplorer } from '../../features/actions/components/actions-explorer';

export function ActionsPage() {
  const { plan = '' } = useParams();
  return <ActionsExplorer key={plan} plan={plan} />;
}
