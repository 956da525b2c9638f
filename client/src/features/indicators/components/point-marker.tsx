import type { MarkerShape } from '../utils/territory-style';

type Props = {
  shape: MarkerShape;
  cx: number;
  cy: number;
  r: number;
  color: string;
  /** Provisional value: drawn hollow. */
  hollow?: boolean;
  /** Estimated value: an outer ring. */
  ring?: boolean;
  /** Break in series: a vertical dash through the point. */
  dash?: boolean;
};

/**
 * A data point in its territory's shape, with the marks of its flags: hollow when provisional,
 * ringed when estimated, crossed by a vertical dash at a break in series. The shapes, not colour,
 * tell the flags apart; the legend says each in words.
 */
export function PointMarker({ shape, cx, cy, r, color, hollow = false, ring = false, dash = false }: Props) {
  const paint = { fill: hollow ? '#FFFFFF' : color, stroke: color, strokeWidth: 2 };
  let body;
  switch (shape) {
    case 'square':
      body = <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...paint} />;
      break;
    case 'diamond':
      body = <path d={`M${cx},${cy - r * 1.25}L${cx + r * 1.25},${cy}L${cx},${cy + r * 1.25}L${cx - r * 1.25},${cy}Z`} {...paint} />;
      break;
    case 'triangle':
      body = <path d={`M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}Z`} {...paint} />;
      break;
    case 'cross':
      body = <path d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${cx + r},${cy - r}`} stroke={color} strokeWidth={2.5} />;
      break;
    default:
      body = <circle cx={cx} cy={cy} r={r} {...paint} />;
  }
  return (
    <>
      {ring && <circle cx={cx} cy={cy} r={r + 4} fill="none" stroke={color} strokeWidth={1.5} />}
      {body}
      {dash && <path d={`M${cx},${cy - r - 6}L${cx},${cy + r + 6}`} stroke="#1A1A1A" strokeWidth={2} />}
    </>
  );
}
