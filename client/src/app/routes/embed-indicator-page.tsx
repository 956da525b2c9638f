import { useParams } from 'react-router-dom';
import { IndicatorEmbed } from '../../features/indicators/components/indicator-embed';
import '../../styles/indicators.css';

/** /embed/indicatori/:code: the indicator's chart, table and sources, for other sites to frame. */
export function EmbedIndicatorPage() {
  const { code = '' } = useParams();
  return <IndicatorEmbed key={code} code={code} />;
}
