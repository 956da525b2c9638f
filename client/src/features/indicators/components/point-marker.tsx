import { createElement } from 'react';
import { type MarkerShape, pointMarkParts } from '@psm/server/figures/chart-model';

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

/** SVG attribute names (stroke-width) as React props (strokeWidth). */
const reactProps = (attrs: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()), v]));

/**
 * A data point in its territory's shape, with the marks of its flags (hollow when provisional,
 * ringed when estimated, crossed by a vertical dash at a break in series): the chart model's
 * geometry, the same the server's figure renderer draws.
 */
export function PointMarker({ shape, cx, cy, r, color, hollow = false, ring = false, dash = false }: Props) {
  return <>{pointMarkParts(shape, cx, cy, r, color, { hollow, ring, dash }).map((part, i) => createElement(part.tag, { key: i, ...reactProps(part.attrs) }))}</>;
}
