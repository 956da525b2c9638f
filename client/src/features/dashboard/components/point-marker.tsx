import type { MarkerShape } from '../utils/territory-style';

type Props = { shape: MarkerShape; cx: number; cy: number; r: number; color: string; hollow?: boolean };

/** A data point drawn in its territory's shape; hollow when the value is provisional or estimated. */
export function PointMarker({ shape, cx, cy, r, color, hollow = false }: Props) {
  const paint = { fill: hollow ? '#FFFFFF' : color, stroke: color, strokeWidth: 2 };
  switch (shape) {
    case 'square':
      return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...paint} />;
    case 'diamond':
      return <path d={`M${cx},${cy - r * 1.25}L${cx + r * 1.25},${cy}L${cx},${cy + r * 1.25}L${cx - r * 1.25},${cy}Z`} {...paint} />;
    case 'triangle':
      return <path d={`M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}Z`} {...paint} />;
    case 'cross':
      return <path d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`} stroke={color} strokeWidth={2.5} />;
    default:
      return <circle cx={cx} cy={cy} r={r} {...paint} />;
  }
}
