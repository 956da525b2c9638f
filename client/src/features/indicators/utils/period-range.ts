// The time axis (every period of the span, gaps included) is the chart model's, shared with the server's figure renderer.
export { periodRange } from '@psm/server/figures/chart-model';
