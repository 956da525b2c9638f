import type { Knex } from 'knex';
import type { IndicatorFigureQuery } from '../contract/figures';
import type { IndicatorDetail } from '../contract/indicators';
import type { Observation } from '../contract/observations';
import type { PlanRow, TerritoryRow } from '../db/rows';
import { InvalidParamsError, NotFoundError } from '../errors/errors';
import { getIndicator } from '../routes/api/indicators/service';
import { listObservations } from '../routes/api/observations/service';
import { chartSeries, defaultSelection, normaliseSelection, offeredTerritories, territoryStyle } from './chart-model';
import type { FigureSeries, LineFigure } from './line-figure';
import { dateText, type FigureLang, periodText } from './locale';

type PlanTerritory = Pick<PlanRow, 'code' | 'title'> & { territory_code: TerritoryRow['code'] | null; territory_name: TerritoryRow['name'] | null; territory_level: TerritoryRow['level'] | null };

/** The plan named, else the newest (as the page picks it), with its territory. */
export async function planOf(db: Knex, code: string | undefined): Promise<PlanTerritory | undefined> {
  const query = db('plans as p')
    .leftJoin('territories as t', 't.id', 'p.territory_id')
    .select<PlanTerritory[]>('p.code', 'p.title', 't.code as territory_code', 't.name as territory_name', 't.level as territory_level')
    .orderBy('p.period_start', 'desc')
    .orderBy('p.code');
  if (code) {
    const [plan] = await query.where('p.code', code);
    if (!plan) throw new NotFoundError('Plan', code);
    return plan;
  }
  return (await query.limit(1))[0];
}

const WORDS = {
  it: {
    source: 'Fonte',
    processed: (body: string) => `elaborazione ${body}`,
    updated: (date: string) => `Dati aggiornati al ${date}`,
    asOf: (date: string) => `dati come pubblicati al ${date}`,
    licence: (l: string | null) => `Licenza: ${l ?? 'non indicata'}`,
    unknownSource: 'non indicata',
  },
  en: {
    source: 'Source',
    processed: (body: string) => `processed by ${body}`,
    updated: (date: string) => `Data updated to ${date}`,
    asOf: (date: string) => `data as published on ${date}`,
    licence: (l: string | null) => `Licence: ${l ?? 'not stated'}`,
    unknownSource: 'not stated',
  },
} as const;

/** "Fonte: ISTAT, BES dei territori; elaborazione Città metropolitana di Torino". */
export function sourceLine(lang: FigureLang, indicator: Pick<IndicatorDetail, 'source' | 'sourceAgency' | 'sourceDataset'>, body: string | null): string {
  const w = WORDS[lang];
  const publisher = indicator.sourceAgency ?? (indicator.source === 'other' ? null : indicator.source.toUpperCase());
  const named = [publisher, indicator.sourceDataset].filter(Boolean).join(', ') || w.unknownSource;
  return `${w.source}: ${named}${body ? `; ${w.processed(body)}` : ''}`;
}

/** The newest moment a value shown was written: the data version the figure quotes. */
const dataVersion = (items: Observation[]) => items.reduce<string | null>((max, o) => (!max || o.recordedAt > max ? o.recordedAt : max), null);

export type IndicatorFigure = { figure: LineFigure; indicator: IndicatorDetail; dataVersion: string | null };

/**
 * The indicator chart of the page, for the same view: the territories drawn (in the page's order,
 * so each keeps its colour), the period, the values as published at `asOf`, worded in `lang`.
 */
export async function indicatorFigure(db: Knex, code: string, q: IndicatorFigureQuery): Promise<IndicatorFigure> {
  const indicator = await getIndicator(db, code);
  const plan = await planOf(db, q.piano);
  const focus = plan?.territory_code ?? indicator.coverage.find((c) => c.territory.level === 'citta_metropolitana')?.territory.code;
  const offered = offeredTerritories(indicator.coverage, focus);
  if (q.territori) {
    const unknown = q.territori.filter((c) => !offered.some((t) => t.code === c));
    if (unknown.length) {
      throw new InvalidParamsError([
        { name: 'territori', message: `${unknown.join(', ')}: no values of ${code} for ${unknown.length > 1 ? 'these territories' : 'this territory'}; offered: ${offered.map((t) => t.code).join(', ') || 'none'}` },
      ]);
    }
  }
  const selected = q.territori ? normaliseSelection(q.territori, offered) : defaultSelection(offered, focus);
  const items = selected.length
    ? await listObservations(db, { indicator: [code], territory: selected, from: q.from, to: q.to, asOf: q.asOf, vintages: 'current' })
    : [];
  const position = new Map(offered.map((t, i) => [t.code, i]));
  const series: FigureSeries[] = selected.map((c) => ({
    code: c,
    name: offered[position.get(c)!]!.name,
    style: territoryStyle(position.get(c)!),
    points: items.filter((o) => o.territory === c),
  }));
  const { drawn, offScale } = chartSeries(
    series.map((s) => ({ ...s, territory: { code: s.code } })),
    focus,
  );
  const drawnCodes = new Set(drawn.map((s) => s.code));
  const lang = q.lang;
  const w = WORDS[lang];
  const styleOf = new Map(drawn.map((s) => [s.code, s.style]));
  const targets = indicator.targets
    .filter((g) => drawnCodes.has(g.territory.code))
    .map((g) => ({ code: g.territory.code, territoryName: g.territory.name, period: g.period, value: g.value, color: styleOf.get(g.territory.code)!.color }));
  const periods = drawn.flatMap((s) => s.points.map((p) => p.period)).sort();
  const span = periods.length ? (periods[0] === periods.at(-1) ? periodText(lang, periods[0]!) : `${periodText(lang, periods[0]!)}–${periodText(lang, periods.at(-1)!)}`) : null;
  const subtitle = [drawn.map((s) => s.name).join(', '), indicator.unit, span].filter(Boolean).join(' · ');
  // The body that processes the data: the plan's metropolitan city, by its own name.
  const body = plan?.territory_level === 'citta_metropolitana' ? plan.territory_name : null;
  const version = dataVersion(items);
  const asOfDate = q.asOf ? q.asOf.instant.slice(0, 10) : null;
  const updated = [version ? w.updated(dateText(lang, version)) : null, asOfDate && q.asOf?.inclusive ? w.asOf(dateText(lang, asOfDate)) : null, w.licence(indicator.licence)]
    .filter(Boolean)
    .join(' · ');
  const figure: LineFigure = {
    lang,
    title: lang === 'en' ? (indicator.nameEn ?? indicator.name) : indicator.name,
    subtitle,
    unit: indicator.unit,
    decimals: indicator.decimals,
    series: drawn.map(({ code: c, name, style, points }) => ({ code: c, name, style, points })),
    targets,
    offScale: offScale.map((s) => s.name),
    footer: [sourceLine(lang, indicator, body), updated],
    width: q.width,
  };
  return { figure, indicator, dataVersion: version };
}
