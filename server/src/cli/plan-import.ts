import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { migrateLatest } from '../db/knex';
import { importPlan } from '../plan-import/import-plan';
import { parsePlanFile } from '../plan-import/parse-plan-file';
import { mergePlanMeta } from '../plan-import/plan-meta';
import { userPath, withDb } from './with-db';

const USAGE = `Usage: npm run plan:import -- <file.xlsx|.csv|.json|.yaml> --plan <code> [--title "…"] [--subtitle "…"]
  [--period 2024-2026] [--declared-axes N] [--declared-strategies N] [--declared-actions N] [--actor name]

Columns: code, parent_code, title, description (Italian headers accepted: codice, codice_padre, titolo, descrizione).
Codes: 1 (axis), 1.2 (strategy), 1.2.3 (action). Nothing is written unless the whole file is valid.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    plan: { type: 'string' },
    title: { type: 'string' },
    subtitle: { type: 'string' },
    period: { type: 'string' },
    'declared-axes': { type: 'string' },
    'declared-strategies': { type: 'string' },
    'declared-actions': { type: 'string' },
    actor: { type: 'string' },
    help: { type: 'boolean' },
  },
});

const file = positionals[0];
if (values.help || !file) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

const int = (v: string | undefined) => (v === undefined ? undefined : Number.parseInt(v, 10));

void withDb(async (db) => {
  const buf = fs.readFileSync(userPath(file));
  const parsed = await parsePlanFile(path.basename(file), buf);
  const planCode = values.plan ?? parsed.plan?.code;
  if (!planCode) throw new Error(`--plan is required (the file does not name its plan)\n\n${USAGE}`);
  const [start, end] = (values.period ?? '').split('-').map((s) => int(s));
  const meta = mergePlanMeta(parsed.plan, {
    title: values.title,
    subtitle: values.subtitle,
    periodStart: start,
    periodEnd: end,
    declaredAxes: int(values['declared-axes'] || undefined),
    declaredStrategies: int(values['declared-strategies'] || undefined),
    declaredActions: int(values['declared-actions'] || undefined),
  });
  await migrateLatest(db);
  const result = await importPlan(db, {
    fileName: path.basename(file),
    planCode,
    plan: meta,
    rows: parsed.rows,
    actor: values.actor ?? `cli:${process.env.USER ?? 'unknown'}`,
  });
  const c = result.created;
  const u = result.updated;
  console.log(
    `Plan ${result.plan}: created ${c.axes} axes, ${c.strategies} strategies, ${c.actions} actions; ` +
      `updated ${u.axes + u.strategies + u.actions}; unchanged ${result.unchanged}.`,
  );
});
