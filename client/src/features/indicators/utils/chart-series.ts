// Which series are drawn and which are left out as off-scale: the chart model's, shared with the server's figure renderer.
export { chartSeries } from '@psm/server/figures/chart-model';
