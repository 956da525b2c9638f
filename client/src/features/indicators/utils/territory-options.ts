// Which territories are offered, in which order (which fixes their colours), and the default
// selection: the chart model's, shared with the server's figure renderer.
export { defaultSelection, normaliseSelection, offeredTerritories } from '@psm/server/figures/chart-model';
