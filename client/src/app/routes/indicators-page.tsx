import { IndicatorCatalogue } from '../../features/indicators/components/indicator-catalogue';
import '../../styles/indicators.css';

export function IndicatorsPage() {
  return <IndicatorCatalogue />;
}
