import type { Knex } from 'knex';
import type { ReportBlock, ReportDocument, ReportOut, ReportSection } from '../contract/reports';
import type { IndicatorRow, StrategyRow } from '../db/rows';
import { barDescription, renderBarFigure } from '../figures/bar-figure';
import { indicatorFigure, planOf } from '../figures/indicator-figure';
import { renderLineFigure } from '../figures/line-figure';
import { dateText, type FigureLang, numberText, periodText, withUnit } from '../figures/locale';
import { rollupFigure } from '../figures/rollup-figure';
import { summariseSeries } from '../indicators/series-summary';
import { matchesActionFilters } from '../actions/table-filter';
import { getActionTable, getPlanRollup, listStatuses } from '../routes/api/actions/service';
import { getCoherence } from '../routes/api/planning-tools/coherence';
import { listObservations } from '../routes/api/observations/service';
import { currentSemester } from '../actions/periods';
import { revisionsSince } from '../indicators/revisions';
import { parseMarkdown } from './markdown';
import { indicatorSentences } from './sentences';
import { publishedOnly } from '../indicators/visibility';

/** Width of the figures of a report, in CSS pixels (A4 text width at 96 dpi, about). */
export const REPORT_FIGURE_WIDTH = 720;

const WORDS = {
  it: {
    strategy: (code: string, title: string) => `Strategia ${code} – ${title}`,
    values: (name: string) => `Valori di ${name}`,
    period: 'Periodo',
    indicator: 'Indicatore',
    latest: 'Ultimo valore',
    trend: 'Andamento',
    trends: { improving: 'in miglioramento', worsening: 'in peggioramento', stable: 'stabile', neutral: 'senza giudizio (polarità neutra)', unknown: 'un solo valore' },
    indicatorsOf: (code: string) => `Indicatori della strategia ${code}`,
    noValue: 'nessun valore',
    statusBy: { axis: 'Stato di attuazione delle azioni per asse', strategy: 'Stato di attuazione delle azioni per strategia' },
    part: { axis: 'Asse', strategy: 'Strategia' },
    actions: 'Azioni',
    noUpdate: 'Nessun aggiornamento',
    statusSource: (plan: string, period: string) => `Fonte: monitoraggio dell'attuazione del ${plan}, periodo di riferimento ${period}`,
    indicatorSource: (date: string) => `Valori pubblicati al ${dateText('it', date)}, territorio del piano`,
    withoutUpdates: 'senza aggiornamenti',
    filter: { zone: (n: string) => `zona omogenea ${n}`, office: (n: string) => `ufficio ${n}`, funding: (f: string) => `finanziamento ${f}` },
    coherence: 'Coerenza con gli strumenti di pianificazione',
    coherenceHeader: ['Strumento', 'Obiettivo', 'Azioni del piano'],
    coherenceNone: 'Nessun collegamento tra le azioni del piano e gli obiettivi degli strumenti di pianificazione è registrato.',
    coherenceSummary: (unlinked: number, actions: number, unserved: number, objectives: number) =>
      `${unlinked} azioni su ${actions} non sono collegate ad alcun obiettivo; ${unserved} obiettivi su ${objectives} non sono serviti da alcuna azione del piano.`,
    coherenceSource: 'Fonte: collegamenti tra azioni e obiettivi registrati nel monitoraggio',
    summary: (code: string, n: number, counts: string, actions: number, status: string) =>
      `La strategia ${code} è misurata da ${n} ${n === 1 ? 'indicatore' : 'indicatori'}${counts ? ` (${counts})` : ''}. ${actions === 1 ? 'La sua azione' : `Delle sue ${actions} azioni`}: ${status}.`,
    noActions: (code: string, n: number, counts: string) => `La strategia ${code} è misurata da ${n} ${n === 1 ? 'indicatore' : 'indicatori'}${counts ? ` (${counts})` : ''}. Nessuna azione caricata.`,
  },
  en: {
    strategy: (code: string, title: string) => `Strategy ${code} – ${title}`,
    values: (name: string) => `Values of ${name}`,
    period: 'Period',
    indicator: 'Indicator',
    latest: 'Latest value',
    trend: 'Trend',
    trends: { improving: 'improving', worsening: 'worsening', stable: 'stable', neutral: 'not judged (neutral polarity)', unknown: 'one value only' },
    indicatorsOf: (code: string) => `Indicators of strategy ${code}`,
    noValue: 'no value',
    statusBy: { axis: 'Implementation status of the actions by axis', strategy: 'Implementation status of the actions by strategy' },
    part: { axis: 'Axis', strategy: 'Strategy' },
    actions: 'Actions',
    noUpdate: 'No update',
    statusSource: (plan: string, period: string) => `Source: implementation monitoring of ${plan}, reference period ${period}`,
    indicatorSource: (date: string) => `Values published by ${dateText('en', date)}, the plan's territory`,
    withoutUpdates: 'without updates',
    filter: { zone: (n: string) => `zona omogenea ${n}`, office: (n: string) => `office ${n}`, funding: (f: string) => `funding ${f}` },
    coherence: 'Coherence with the planning tools',
    coherenceHeader: ['Tool', 'Objective', "Plan's actions"],
    coherenceNone: "No link between the plan's actions and the planning tools' objectives is recorded.",
    coherenceSummary: (unlinked: number, actions: number, unserved: number, objectives: number) =>
      `${unlinked} of ${actions} actions are linked to no objective; ${unserved} of ${objectives} objectives are served by no action of the plan.`,
    coherenceSource: 'Source: links between actions and objectives recorded in the monitoring',
    summary: (code: string, n: number, counts: string, actions: number, status: string) =>
      `Strategy ${code} is measured by ${n} ${n === 1 ? 'indicator' : 'indicators'}${counts ? ` (${counts})` : ''}. Of its ${actions} ${actions === 1 ? 'action' : 'actions'}: ${status}.`,
    noActions: (code: string, n: number, counts: string) => `Strategy ${code} is measured by ${n} ${n === 1 ? 'indicator' : 'indicators'}${counts ? ` (${counts})` : ''}. No action loaded.`,
  },
} as const;

/** The end of the reference date (UTC): every number of the report is the one published by then. */
export const asOfOf = (referenceDate: string) => ({ instant: new Date(Date.parse(`${referenceDate}T00:00:00Z`) + 86_400_000).toISOString(), inclusive: false as const, written: referenceDate });

/** A block before it is told its section (distributes over the union). */
type Unsectioned = ReportBlock extends unknown ? (ReportBlock extends infer B ? (B extends unknown ? Omit<B, 'section'> : never) : never) : never;

/** A resolved report and, for its exports, the SVG of each figure by number. */
export type ResolvedReport = { document: ReportDocument; svgs: Map<number, string> };

const q = encodeURIComponent;

/** Every section of a report resolved to blocks (headings, paragraphs, numbered figures and tables), pinned to its reference date. */
export async function resolveReport(db: Knex, report: ReportOut): Promise<ResolvedReport> {
  const lang: FigureLang = report.lang;
  const w = WORDS[lang];
  const asOf = asOfOf(report.referenceDate);
  // Level 2 as it stood on the reference date: the updates recorded by then, against that day's semester.
  const period = currentSemester(new Date(`${report.referenceDate}T12:00:00Z`));
  // Read once per report, however many strategy summaries and status tables ask for them.
  let levelTwo: Promise<[Awaited<ReturnType<typeof getPlanRollup>>, Awaited<ReturnType<typeof listStatuses>>]> | null = null;
  const rollupAndStatuses = () => (levelTwo ??= Promise.all([getPlanRollup(db, report.plan, period, asOf.instant), listStatuses(db)]));
  const plan = (await planOf(db, report.plan))!;
  const blocks: Unsectioned[] = [];
  const sectionOf: number[] = [];
  const proposals: { section: number; text: string }[] = [];
  const revisions: ReportDocument['revisions'] = [];
  let current = 0;
  const svgs = new Map<number, string>();
  let figures = 0;
  let tables = 0;

  const heightOf = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1] ?? 0);

  const indicatorBlocks = async (s: Extract<ReportSection, { kind: 'indicator' }>) => {
    const { figure, indicator } = await indicatorFigure(db, s.indicator, {
      territori: s.territories,
      piano: report.plan,
      asOf,
      lang,
      width: REPORT_FIGURE_WIDTH,
      scale: '1',
      bare: '1',
    });
    const focus = figure.series.find((x) => x.code === plan.territory_code) ?? null;
    const targets = indicator.targets.filter((g) => g.territory.code === focus?.code);
    const target = targets.find((g) => g.plan === report.plan) ?? targets.at(-1) ?? null;
    const proposed = indicatorSentences(lang, {
        name: figure.title,
        unit: indicator.unit,
        decimals: indicator.decimals,
        polarity: indicator.polarity,
        focus: focus ? { name: focus.name, points: focus.points } : null,
        others: figure.series.filter((x) => x !== focus).map((x) => ({ name: x.name, points: x.points })),
        target,
      });
    proposals.push({ section: current, text: proposed });
    const sentences = s.text ?? proposed;
    blocks.push({ kind: 'paragraph', runs: [{ text: sentences }] });
    const svg = renderLineFigure({ ...figure, bare: true });
    figures += 1;
    svgs.set(figures, svg);
    const params = [s.territories?.length ? `territori=${s.territories.map(q).join(',')}` : null, `piano=${q(report.plan)}`, `asOf=${report.referenceDate}`, `lang=${lang}`, `width=${REPORT_FIGURE_WIDTH}`, 'bare=1']
      .filter(Boolean)
      .join('&');
    // The values quoted that a later import revised: the report keeps them, and says so.
    const drawn = figure.series.map((x) => x.code);
    if (drawn.length) {
      const revised = await revisionsSince(db, { indicator: s.indicator, territories: drawn, since: asOf });
      for (const r of revised.items) {
        if (r.previous.value === r.current.value) continue;
        revisions.push({
          section: current,
          figure: figures,
          indicator: s.indicator,
          territory: r.territory,
          territoryName: r.territoryName,
          period: r.period,
          quoted: r.previous.value,
          current: r.current.value,
          unit: indicator.unit,
          format: r.current.format,
          revisedAt: r.current.recordedAt,
        });
      }
    }
    blocks.push({
      kind: 'figure',
      number: figures,
      caption: figure.title,
      src: `/api/figures/indicators/${q(s.indicator)}.svg?${params}`,
      alt: sentences,
      width: REPORT_FIGURE_WIDTH,
      height: heightOf(svg),
      source: figure.footer,
    });
    if (s.table && figure.series.length) {
      const periods = [...new Set(figure.series.flatMap((x) => x.points.map((p) => p.period)))].sort();
      tables += 1;
      blocks.push({
        kind: 'table',
        number: tables,
        caption: `${w.values(figure.title)}${indicator.unit ? ` (${indicator.unit})` : ''}`,
        header: [w.period, ...figure.series.map((x) => x.name)],
        rows: periods.map((p) => [periodText(lang, p), ...figure.series.map((x) => {
          const point = x.points.find((pt) => pt.period === p);
          return point ? numberText(lang, point.value, indicator.decimals) : '–';
        })]),
        numeric: figure.series.map((_, i) => i + 1),
        source: figure.footer,
      });
    }
  };

  const strategyBlocks = async (s: Extract<ReportSection, { kind: 'strategy' }>) => {
    const strategy = await db<StrategyRow>('strategies as s')
      .join('plans as p', 'p.id', 's.plan_id')
      .where({ 'p.code': report.plan, 's.code': s.strategy })
      .first<StrategyRow | undefined>('s.id', 's.code', 's.title');
    if (!strategy) {
      blocks.push({ kind: 'heading', level: 3, text: w.strategy(s.strategy, '–') });
      return;
    }
    blocks.push({ kind: 'heading', level: 3, text: w.strategy(strategy.code, strategy.title) });
    const indicators = await db('indicator_strategies as x')
      .join('indicators as i', 'i.id', 'x.indicator_id')
      .where('x.strategy_id', strategy.id)
      .modify(publishedOnly)
      .orderBy('x.position')
      .orderBy('i.code')
      .select<Pick<IndicatorRow, 'code' | 'name' | 'name_en' | 'unit' | 'decimals' | 'polarity'>[]>('i.code', 'i.name', 'i.name_en', 'i.unit', 'i.decimals', 'i.polarity');
    const rows: string[][] = [];
    const counts = { improving: 0, worsening: 0, stable: 0 };
    for (const i of indicators) {
      const points = plan.territory_code
        ? await listObservations(db, { indicator: [i.code], territory: [plan.territory_code], asOf, vintages: 'current' }).catch(() => [])
        : [];
      const summary = summariseSeries(points, i.polarity as 'higher_better' | 'lower_better' | 'neutral');
      if (summary.direction === 'improving' || summary.direction === 'worsening' || summary.direction === 'stable') counts[summary.direction] += 1;
      rows.push([
        lang === 'en' ? (i.name_en ?? i.name) : i.name,
        summary.latest ? withUnit(numberText(lang, summary.latest.value, i.decimals), i.unit) : w.noValue,
        summary.latest ? periodText(lang, summary.latest.period) : '–',
        summary.latest ? w.trends[summary.direction] : '–',
      ]);
    }
    const [rollup, statuses] = await rollupAndStatuses();
    const part = rollup.strategies.find((x) => x.code === strategy.code);
    const countText = (Object.entries(counts) as [keyof typeof counts, number][])
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${w.trends[k]}`)
      .join(', ');
    const statusText = part
      ? [
          ...statuses.filter((x) => (part.byStatus[x.code] ?? 0) > 0).map((x) => `${part.byStatus[x.code]} ${(lang === 'en' ? x.labelEn : x.labelIt).toLowerCase()}`),
          ...(part.noUpdate ? [`${part.noUpdate} ${w.withoutUpdates}`] : []),
        ].join(', ')
      : '';
    const proposed = part && part.actions > 0 ? w.summary(strategy.code, indicators.length, countText, part.actions, statusText) : w.noActions(strategy.code, indicators.length, countText);
    proposals.push({ section: current, text: proposed });
    blocks.push({ kind: 'paragraph', runs: [{ text: s.text ?? proposed }] });
    if (rows.length) {
      tables += 1;
      blocks.push({
        kind: 'table',
        number: tables,
        caption: w.indicatorsOf(strategy.code),
        header: [w.indicator, w.latest, w.period, w.trend],
        rows,
        numeric: [1],
        source: [w.indicatorSource(report.referenceDate)],
      });
    }
  };

  const statusTable = async (s: Extract<ReportSection, { kind: 'status-table' }>) => {
    const [[rollup, statuses], table] = await Promise.all([rollupAndStatuses(), getActionTable(db, report.plan, period, asOf.instant)]);
    // The actions the filters keep, counted by status for each axis or strategy (every part listed, zeros included).
    const kept = table.items.filter((a) => matchesActionFilters(a, { zone: s.zone, office: s.office, funding: s.funding }));
    const countOf = (inPart: (a: (typeof kept)[number]) => boolean) => {
      const mine = kept.filter(inPart);
      const byStatus: Record<string, number> = {};
      for (const a of mine) if (a.status) byStatus[a.status.code] = (byStatus[a.status.code] ?? 0) + 1;
      return { actions: mine.length, byStatus, noUpdate: mine.filter((a) => !a.status).length };
    };
    const parts =
      s.by === 'axis'
        ? rollup.axes.map((a) => ({ label: `${a.code}. ${a.title}`, r: countOf((x) => x.axis.code === a.code) }))
        : rollup.strategies.map((x) => ({ label: `${x.code} ${x.title}`, r: countOf((y) => y.strategy.code === x.code) }));
    // Only the statuses some action shown is in: a column of zeros says nothing.
    const used = statuses.filter((x) => parts.some((p) => (p.r.byStatus[x.code] ?? 0) > 0));
    const zoneName = s.zone ? (await db('territories').where({ code: s.zone }).first('name'))?.name : null;
    const officeName = s.office ? (await db('offices').where({ code: s.office }).first('name'))?.name : null;
    const filters = [zoneName && w.filter.zone(zoneName), officeName && w.filter.office(officeName), s.funding && w.filter.funding(s.funding)].filter(Boolean).join(', ');
    tables += 1;
    blocks.push({
      kind: 'table',
      number: tables,
      caption: `${w.statusBy[s.by]}${filters ? ` (${filters})` : ''}`,
      header: [w.part[s.by], w.actions, ...used.map((x) => (lang === 'en' ? x.labelEn : x.labelIt)), w.noUpdate],
      rows: [
        ...parts.map((p) => [p.label, numberText(lang, p.r.actions), ...used.map((x) => numberText(lang, p.r.byStatus[x.code] ?? 0)), numberText(lang, p.r.noUpdate)]),
      ],
      numeric: Array.from({ length: used.length + 2 }, (_, i) => i + 1),
      source: [w.statusSource(report.planTitle, periodText(lang, period))],
    });
  };

  const coherenceBlocks = async () => {
    const gaps = await getCoherence(db, report.plan);
    const links = await db('action_objectives as ao')
      .join('actions as a', 'a.id', 'ao.action_id')
      .join('plans as p', 'p.id', 'a.plan_id')
      .join('planning_objectives as o', 'o.id', 'ao.objective_id')
      .join('planning_tools as t', 't.id', 'o.tool_id')
      .where('p.code', report.plan)
      .select<{ tool: string; objective: string; title: string; action: string }[]>('t.name as tool', 'o.code as objective', 'o.title', 'a.code as action')
      .orderBy('t.name')
      .orderBy('o.code')
      .orderByRaw(`string_to_array(a.code, '.')::int[]`);
    if (!links.length) {
      blocks.push({ kind: 'paragraph', runs: [{ text: w.coherenceNone }] });
      return;
    }
    blocks.push({ kind: 'paragraph', runs: [{ text: w.coherenceSummary(gaps.counts.actionsWithoutObjective, gaps.counts.actions, gaps.counts.objectivesWithoutAction, gaps.counts.objectives) }] });
    const rows = new Map<string, string[]>();
    for (const l of links) {
      const key = `${l.tool}\u0000${l.objective} ${l.title}`;
      rows.set(key, [...(rows.get(key) ?? []), l.action]);
    }
    tables += 1;
    blocks.push({
      kind: 'table',
      number: tables,
      caption: w.coherence,
      header: [...w.coherenceHeader],
      rows: [...rows].map(([key, actions]) => [...key.split('\u0000'), actions.join(', ')]),
      numeric: [],
      source: [w.coherenceSource],
    });
  };

  const rollupBlock = async (s: Extract<ReportSection, { kind: 'rollup' }>) => {
    const figure = await rollupFigure(db, report.plan, { livello: s.livello, asse: s.asse, period, asOf, lang, width: REPORT_FIGURE_WIDTH, scale: '1', bare: '1' });
    const svg = renderBarFigure({ ...figure, bare: true });
    figures += 1;
    svgs.set(figures, svg);
    blocks.push({
      kind: 'figure',
      number: figures,
      caption: figure.title,
      src: `/api/plans/${q(report.plan)}/figures/rollup.svg?livello=${s.livello}${s.asse ? `&asse=${q(s.asse)}` : ''}&period=${period}&asOf=${report.referenceDate}&lang=${lang}&width=${REPORT_FIGURE_WIDTH}&bare=1`,
      alt: barDescription(figure),
      width: REPORT_FIGURE_WIDTH,
      height: heightOf(svg),
      source: figure.footer,
    });
  };

  for (const [i, s] of report.sections.entries()) {
    current = i;
    const start = blocks.length;
    switch (s.kind) {
      case 'heading':
        blocks.push({ kind: 'heading', level: 2, text: s.text });
        break;
      case 'text':
        blocks.push(...parseMarkdown(s.markdown));
        break;
      case 'indicator':
        await indicatorBlocks(s);
        break;
      case 'strategy':
        await strategyBlocks(s);
        break;
      case 'status-table':
        await statusTable(s);
        break;
      case 'rollup':
        await rollupBlock(s);
        break;
      case 'coherence':
        await coherenceBlocks();
        break;
    }
    for (let b = start; b < blocks.length; b++) sectionOf[b] = i;
  }
  const numbered = blocks.map((b, i) => ({ ...b, section: sectionOf[i]! }) as ReportBlock);
  return { document: { report, asOf: asOf.instant, blocks: numbered, proposals, revisions }, svgs };
}
