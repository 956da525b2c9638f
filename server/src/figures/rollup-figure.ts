import type { Knex } from 'knex';
import type { RollupFigureQuery } from '../contract/figures';
import { InvalidParamsError } from '../errors/errors';
import { currentSemester } from '../actions/periods';
import { getPlanRollup, listStatuses } from '../routes/api/actions/service';
import type { BarFigure, BarRow } from './bar-figure';
import { planOf } from './indicator-figure';
import { dateText, periodText } from './locale';

const WORDS = {
  it: {
    title: { piano: "Stato di attuazione delle azioni", assi: "Stato di attuazione delle azioni per asse", strategie: "Stato di attuazione delle azioni per strategia" },
    axis: (code: string, title: string) => `Asse ${code}. ${title}`,
    period: (p: string) => `periodo di riferimento: ${p}`,
    noUpdate: 'Nessun aggiornamento',
    source: (plan: string, body: string | null) => `Fonte: monitoraggio dell'attuazione del ${plan} (aggiornamenti dei responsabili delle azioni)${body ? `; elaborazione ${body}` : ''}`,
    updated: (d: string) => `Dati aggiornati al ${d}`,
    noData: 'Nessun aggiornamento registrato',
  },
  en: {
    title: { piano: 'Implementation status of the actions', assi: 'Implementation status of the actions by axis', strategie: 'Implementation status of the actions by strategy' },
    axis: (code: string, title: string) => `Axis ${code}. ${title}`,
    period: (p: string) => `reference period: ${p}`,
    noUpdate: 'No update',
    source: (plan: string, body: string | null) => `Source: implementation monitoring of ${plan} (updates by the actions' managers)${body ? `; processed by ${body}` : ''}`,
    updated: (d: string) => `Data updated to ${d}`,
    noData: 'No update recorded',
  },
} as const;

/**
 * The implementation roll-up of the plan, its axes or strategies (optionally of one axis, or one
 * strategy), as the pages' status bars: one bar per part, a segment per status, hatched for the
 * actions never updated.
 */
export async function rollupFigure(db: Knex, planCode: string, q: RollupFigureQuery): Promise<BarFigure> {
  const plan = (await planOf(db, planCode))!;
  const before = q.asOf?.instant;
  const period = q.period ?? currentSemester(before ? new Date(Date.parse(before) - 1) : undefined);
  const [rollup, statuses] = await Promise.all([getPlanRollup(db, planCode, period, before), listStatuses(db)]);
  const w = WORDS[q.lang];
  if (q.asse && !rollup.axes.some((a) => a.code === q.asse)) {
    throw new InvalidParamsError([{ name: 'asse', message: `${q.asse} is not an axis of ${planCode} (axes: ${rollup.axes.map((a) => a.code).join(', ') || 'none'})` }]);
  }
  if (q.strategia && !rollup.strategies.some((s) => s.code === q.strategia)) {
    throw new InvalidParamsError([{ name: 'strategia', message: `${q.strategia} is not a strategy of ${planCode}` }]);
  }
  const label = (s: { labelIt: string; labelEn: string }) => (q.lang === 'en' ? s.labelEn : s.labelIt);
  const rowOf = (name: string, r: { byStatus: Record<string, number>; noUpdate: number }): BarRow => ({
    label: name,
    segments: [
      ...statuses.map((s) => ({ key: s.code, label: label(s), colour: s.colour, value: r.byStatus[s.code] ?? 0 })),
      { key: 'none', label: w.noUpdate, colour: null, value: r.noUpdate },
    ],
  });
  const level = q.strategia ? 'piano' : q.livello;
  const rows: BarRow[] =
    q.strategia
      ? rollup.strategies.filter((s) => s.code === q.strategia).map((s) => rowOf(`${s.code} ${s.title}`, s))
      : level === 'piano'
        ? [rowOf(plan.title, rollup.plan)]
        : level === 'assi'
          ? rollup.axes.map((a) => rowOf(w.axis(a.code, a.title), a))
          : rollup.strategies.filter((s) => !q.asse || s.axis === q.asse).map((s) => rowOf(`${s.code} ${s.title}`, s));
  const used = new Set(rows.flatMap((r) => r.segments.filter((s) => s.value > 0).map((s) => s.key)));
  const legend = [
    ...statuses.filter((s) => used.has(s.code)).map((s) => ({ key: s.code, label: label(s), colour: s.colour })),
    ...(used.has('none') ? [{ key: 'none', label: w.noUpdate, colour: null }] : []),
  ];
  const axis = q.asse ? rollup.axes.find((a) => a.code === q.asse) : undefined;
  const strategy = q.strategia ? rollup.strategies.find((s) => s.code === q.strategia) : undefined;
  const latest = await db('action_updates as u')
    .join('actions as a', 'a.id', 'u.action_id')
    .join('plans as p', 'p.id', 'a.plan_id')
    .where('p.code', planCode)
    .modify((qb) => (before ? qb.where('u.created_at', '<', before) : qb))
    .max<{ latest: Date | string | null }>('u.created_at as latest')
    .first();
  const latestIso = latest?.latest ? new Date(latest.latest).toISOString() : null;
  const body = plan.territory_level === 'citta_metropolitana' ? plan.territory_name : null;
  return {
    lang: q.lang,
    title: w.title[level],
    subtitle: [plan.title, axis ? w.axis(axis.code, axis.title) : null, strategy ? `${strategy.code} ${strategy.title}` : null, w.period(periodText(q.lang, period))]
      .filter(Boolean)
      .join(' · '),
    rows,
    legend,
    footer: [w.source(plan.title, body), latestIso ? w.updated(dateText(q.lang, latestIso)) : w.noData],
    width: q.width,
  };
}
