import type { IndicatorDetail, PlanSummary } from '@psm/server/contract';
import { splitList } from '../../../i18n/url-state';
import { useObservations } from '../api/get-observations';
import type { Series } from '../types';
import { defaultSelection, normaliseSelection, offeredTerritories } from '../utils/territory-options';
import { territoryStyle } from '../utils/territory-style';

/** The plan's own territory: the plan in the URL, else the newest plan, else the first metropolitan city with data. */
export function focusTerritory(indicator: IndicatorDetail, plans: PlanSummary[], plan: string): string | undefined {
  const chosen = plans.find((p) => p.code === plan) ?? plans[0];
  return chosen?.territory?.code ?? indicator.coverage.find((c) => c.territory.level === 'citta_metropolitana')?.territory.code;
}

/**
 * What the chart and the table show: the territories offered, those asked for in `territori`
 * (the defaults when none is valid), their colours and their values. The full page and its
 * embeddable version read the view the same way.
 */
export function useSeriesView(indicator: IndicatorDetail, focusCode: string | undefined, territori: string) {
  const offered = offeredTerritories(indicator.coverage, focusCode);
  const defaults = defaultSelection(offered, focusCode);
  const asked = normaliseSelection(splitList(territori), offered);
  const selected = asked.length > 0 ? asked : defaults;
  const position = new Map(offered.map((x, i) => [x.code, i]));
  const styleOf = (c: string) => territoryStyle(position.get(c) ?? 0);
  const observations = useObservations(indicator.code, selected);
  const items = observations.data?.items ?? [];
  const series: Series[] = selected.map((c) => ({
    territory: offered[position.get(c)!]!,
    points: items.filter((o) => o.territory === c),
  }));
  return { offered, defaults, selected, styleOf, observations, series };
}

/** The day of the indicator's latest committed load ("dati aggiornati al"), or null before any. */
export function latestLoad(indicator: IndicatorDetail): string | null {
  return indicator.loadedAt;
}
