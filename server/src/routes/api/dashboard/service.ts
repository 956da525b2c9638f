import type { Knex } from 'knex';
import { NotFoundError } from '../../../errors/errors';
import { toIndicatorMeta } from '../../../indicators/meta';
import { findPlanRef } from '../../../plans/lookup';
import { loadSeries, seriesKey } from '../../../indicators/series';
import { headlineTarget } from '../../../indicators/target-progress';
import { compare, disagreementOf } from '../../../indicators/judgement';
import { loadDates } from '../../../indicators/loaded';
import { findTargetsOfIndicators } from '../../../indicators/targets';
import type { Dashboard } from '../../../contract/dashboard';
import { countDirection, noDirections, summariseSeries } from '../../../indicators/series-summary';
import type { AxisRow, IndicatorRow, IndicatorStrategyRow, StrategyRow, TerritoryRow } from '../../../db/rows';
import { publishedOnly } from '../../../indicators/visibility';

type TerritoryRef = Pick<TerritoryRow, 'id' | 'code' | 'name' | 'level'>;
type StrategyJoin = Pick<StrategyRow, 'id' | 'code' | 'title' | 'source_url'> & { axis_code: AxisRow['code']; axis_title: AxisRow['title'] };

/** The plan's territory, then its regione and stato (by membership), as the default comparison. */
async function defaultTerritories(db: Knex, territoryId: number): Promise<TerritoryRef[]> {
  const { rows } = await db.raw<{ rows: TerritoryRef[] }>(
    `with recursive up(id, depth) as (
       select ?::int, 0
       union
       select m.parent_id, up.depth + 1 from territory_memberships m join up on m.child_id = up.id
       where m.valid_to is null and up.depth < 6
     )
     select t.id, t.code, t.name, t.level, min(up.depth) as depth from up join territories t on t.id = up.id
     where up.depth = 0 or t.level in ('regione', 'stato')
     group by t.id order by depth`,
    [territoryId],
  );
  return rows;
}

export async function getDashboard(
  db: Knex,
  planCode: string,
  strategyCode: string,
  territoryCodes?: string[],
): Promise<Dashboard> {
  const plan = await findPlanRef(db, planCode);
  const strategy = await db('strategies as s')
    .join('axes as a', 'a.id', 's.axis_id')
    .where({ 's.plan_id': plan.id, 's.code': strategyCode })
    .first<StrategyJoin | undefined>('s.id', 's.code', 's.title', 's.source_url', 'a.code as axis_code', 'a.title as axis_title');
  if (!strategy) throw new NotFoundError('Strategy', `${planCode} ${strategyCode}`);

  let territories: TerritoryRef[];
  if (territoryCodes?.length) {
    territories = await db<TerritoryRow>('territories').whereIn('code', territoryCodes).select('id', 'code', 'name', 'level');
    const missing = territoryCodes.filter((c) => !territories.some((t) => t.code === c));
    if (missing.length) throw new NotFoundError('Territory', missing.join(','));
    territories.sort((a, b) => territoryCodes.indexOf(a.code) - territoryCodes.indexOf(b.code));
  } else {
    territories = plan.territory_id ? await defaultTerritories(db, plan.territory_id) : [];
  }

  const indicators = await db('indicator_strategies as x')
    .join('indicators as i', 'i.id', 'x.indicator_id')
    .where('x.strategy_id', strategy.id)
    .modify(publishedOnly)
    .select<(IndicatorRow & Pick<IndicatorStrategyRow, 'demonstration' | 'rationale'>)[]>('i.*', 'x.demonstration', 'x.rationale')
    .orderBy('x.position')
    .orderBy('i.code');
  const byKey = await loadSeries(db, indicators.map((i) => i.id), territories.map((t) => t.id));
  const loaded = await loadDates(db, indicators.map((i) => i.id));

  const focus = territories[0];
  // The plan's targets in the focus territory, with their progress: one query for all the cards.
  const targets = focus
    ? await findTargetsOfIndicators(db, (q) =>
        q.whereIn('g.indicator_id', indicators.map((i) => i.id)).where({ 'g.territory_id': focus.id, 'g.plan_id': plan.id }),
      )
    : [];

  const summary = noDirections();
  const result = indicators.map((i) => {
    const meta = toIndicatorMeta(i);
    const series = territories
      .map((t) => {
        const points = byKey.get(seriesKey(i.id, t.id)) ?? [];
        return { territory: { code: t.code, name: t.name, level: t.level }, points, ...summariseSeries(points, meta.polarity) };
      })
      .filter((s) => s.points.length > 0 || s.territory.code === focus?.code);
    const focusSeries = series.find((s) => s.territory.code === focus?.code);
    countDirection(summary, focusSeries?.direction);
    const headline = headlineTarget(targets.filter((g) => g.indicatorId === i.id), focusSeries?.latest?.period);
    const target = headline ? (({ indicatorId: _, ...t }) => t)(headline) : null;
    const focusPoints = focus ? (byKey.get(seriesKey(i.id, focus.id)) ?? []) : [];
    const comparisons = territories
      .slice(1)
      .map((t) => compare({ code: t.code, name: t.name, level: t.level }, focusPoints, byKey.get(seriesKey(i.id, t.id)) ?? []));
    const disagreement = disagreementOf(focusSeries?.change ?? null, target?.progress);
    return { ...meta, demonstration: i.demonstration, rationale: i.rationale, series, target, comparisons, disagreement, loadedAt: loaded.get(i.id) ?? null };
  });

  return {
    plan: { code: plan.code, title: plan.title },
    axis: { code: strategy.axis_code, title: strategy.axis_title },
    strategy: { code: strategy.code, title: strategy.title, sourceUrl: strategy.source_url },
    territories: territories.map((t, idx) => ({ code: t.code, name: t.name, level: t.level, role: idx === 0 ? 'focus' : 'comparison' })),
    indicators: result,
    summary,
  };
}
