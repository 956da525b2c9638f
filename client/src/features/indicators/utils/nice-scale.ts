// The value axis's round ticks are the chart model's, shared with the server's figure renderer.
export { niceScale } from '@psm/server/figures/chart-model';
