import type { Knex } from 'knex';
import { importPlan } from '../plan-import/import-plan';
import type { PlanRow } from '../plan-import/parse-plan-file';
import { readSeedJson } from './seed-files';

const STRUCTURE_FILE = 'plan/psm-structure.json';

type Sourced = { source: string[] };
type Edition = {
  title: string;
  period: string;
  declared_counts: { assi: number; strategie: number; azioni: number } & Sourced;
  approved?: { body: string; date: string } & Sourced;
  assi: ({ code: string; name?: string; name_tm?: string; name_pnrr?: string; short_label?: string | null } & Sourced)[];
  strategie_verified: ({ code: string; name: string } & Sourced)[];
  azioni_verified: ({ code: string; title?: string; opening?: string } & Sourced)[];
};
type Structure = { sources: Record<string, string>; psm_2021_2023: Edition; psm_2024_2026: Edition };

/** Both PSM editions with every VERIFIED axis, strategy and action, and the declared totals. */
export async function seedPlans(trx: Knex, metroTerritoryId: number): Promise<void> {
  const structure = readSeedJson<Structure>(STRUCTURE_FILE);
  // Source entries read "http://… (stored version 'PSM 2024-2026')": the address, then a remark.
  const url = (s: Sourced) => (structure.sources[s.source[0]!] ?? '').split(' ')[0] ?? '';
  const label = (s: Sourced) => s.source.map((k) => `${k}: ${structure.sources[k] ?? ''}`).join(' ; ');

  for (const key of ['psm_2021_2023', 'psm_2024_2026'] as const) {
    const ed = structure[key];
    const [start, end] = ed.period.split('-').map(Number) as [number, number];
    const code = `psm-${ed.period}`;
    const rows: PlanRow[] = [
      ...ed.assi.map((a) => ({ code: a.code, title: a.name_tm ?? a.name ?? '', description: '', sourceUrl: url(a) })),
      ...ed.strategie_verified.map((s) => ({ code: s.code, title: s.name, description: '', sourceUrl: url(s) })),
      ...ed.azioni_verified.map((a) => ({ code: a.code, title: a.title ?? a.opening ?? '', description: '', sourceUrl: url(a) })),
    ].map((r, i) => ({ ...r, row: i + 1, parentCode: '' }));

    await importPlan(trx, {
      fileName: `seeds/${STRUCTURE_FILE}#${key}`,
      planCode: code,
      plan: {
        title: `Piano strategico metropolitano ${ed.period}`,
        subtitle: ed.title,
        period_start: start,
        period_end: end,
        declared_axes: ed.declared_counts.assi,
        declared_strategies: ed.declared_counts.strategie,
        declared_actions: ed.declared_counts.azioni,
      },
      rows,
      actor: 'seed',
    });
    const plan = await trx('plans').where({ code }).first('id');
    await trx('plans')
      .where({ id: plan.id })
      .update({
        territory_id: metroTerritoryId,
        declared_counts_source: ed.declared_counts.source.map((s) => structure.sources[s] ?? s).join(' ; '),
        approved_by: ed.approved?.body ?? null,
        approved_on: ed.approved?.date ?? null,
        approval_source: ed.approved ? ed.approved.source.map((s) => structure.sources[s] ?? s).join(' ; ') : null,
      });
    // Extra text the plan file format has no column for: the axes' other official names and source keys.
    for (const a of ed.assi) {
      await trx('axes')
        .where({ plan_id: plan.id, code: a.code })
        .update({ alt_title: a.name_pnrr ?? null, short_label: a.short_label ?? null, source_label: label(a) });
    }
    for (const s of ed.strategie_verified) {
      await trx('strategies').where({ plan_id: plan.id, code: s.code }).update({ source_label: label(s) });
    }
    for (const a of ed.azioni_verified) {
      await trx('actions').where({ plan_id: plan.id, code: a.code }).update({ source_label: label(a) });
    }
  }
}
