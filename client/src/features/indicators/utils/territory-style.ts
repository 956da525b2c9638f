export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

export type TerritoryStyle = { color: string; dash: string | undefined; width: number; shape: MarkerShape };

/**
 * Okabe–Ito colours distinguishable with every common colour-vision deficiency, picked among
 * those with at least 3:1 contrast on white (WCAG 1.4.11). Each territory also has its own dash
 * pattern and marker shape, so colour is never the only cue, even for isolated points.
 */
const STYLES: readonly TerritoryStyle[] = [
  { color: '#0072B2', dash: undefined, width: 3, shape: 'circle' },
  { color: '#D55E00', dash: '8 4', width: 2, shape: 'square' },
  { color: '#009E73', dash: '2 3', width: 2, shape: 'diamond' },
  { color: '#CC79A7', dash: '12 3 2 3', width: 2, shape: 'triangle' },
  { color: '#000000', dash: '4 4', width: 2, shape: 'cross' },
];

/** Style of a territory by its position among the territories offered (stable while toggling). */
export function territoryStyle(index: number): TerritoryStyle {
  return STYLES[((index % STYLES.length) + STYLES.length) % STYLES.length]!;
}
