import { useParams } from 'react-router-dom';
import { IndicatorDetailPage } from '../../features/indicators/components/indicator-detail';
import '../../styles/indicators.css';

export function IndicatorPage() {
  const { code = '' } = useParams();
  return <IndicatorDetailPage key={code} code={code} />;
}
