// The palette, dashes and markers are the chart model's, shared with the server's figure renderer.
export { type MarkerShape, type TerritoryStyle, territoryStyle } from '@psm/server/figures/chart-model';
