import type { IndicatorSeries } from '../types';
import type { TerritoryStyle } from '../utils/territory-style';
import { PointMarker } from './point-marker';

/** A legend in HTML, outside the chart image, drawing each line's colour and dash pattern. */
export function ChartLegend({ series, styleOf }: { series: IndicatorSeries[]; styleOf: (code: string) => TerritoryStyle }) {
  const drawn = series.filter((s) => s.points.length > 0);
  if (drawn.length === 0) return null;
  return (
    <ul className="chart-legend">
      {drawn.map((s) => {
        const style = styleOf(s.territory.code);
        return (
          <li key={s.territory.code}>
            <svg width="32" height="14" aria-hidden="true" focusable="false">
              <line x1="1" y1="7" x2="31" y2="7" stroke={style.color} strokeWidth={style.width} strokeDasharray={style.dash} />
              <PointMarker shape={style.shape} cx={16} cy={7} r={3.5} color={style.color} />
            </svg>
            {s.territory.name}
          </li>
        );
      })}
    </ul>
  );
}
