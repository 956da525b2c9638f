import { useParams } from 'react-router-dom';
import { CoherenceView } from '../../features/coherence/components/coherence-view';

/** /piani/:plan/coerenza */
export function CoherencePage() {
  const { plan = '' } = useParams();
  return <CoherenceView key={plan} plan={plan} />;
}
