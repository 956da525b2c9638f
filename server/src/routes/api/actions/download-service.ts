import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import type { ActionRow } from '../../../contract/actions';
import type { ActionsDownloadQuery } from '../../../contract/downloads';
import type { DownloadLang } from '../../../contract/values';
import { matchesActionFilters } from '../../../actions/table-filter';
import type { ActionFundingRow, ActionRow as ActionDbRow } from '../../../db/rows';
import type { FileResult } from '../../../http/route-def';
import { XLSX_TYPE } from '../../../http/route';
import { toCsv } from '../../../lib/csv';
import { getActionTable } from './service';

type Funding = Pick<ActionFundingRow, 'source_type' | 'pnrr_code' | 'cup' | 'amount'> & { action_code: ActionDbRow['code'] };
type Line = { action: ActionRow; fundings: Funding[] };
type Cell = string | number | null;
type Column = { it: string; en: string; get: (l: Line, lang: DownloadLang) => Cell; numFmt?: string };

const joined = (values: (string | null)[]): string | null => [...new Set(values.filter((v): v is string => !!v))].join('; ') || null;
const BODY_ROLE_WORDS: Record<DownloadLang, Record<string, string>> = {
  it: { lead: 'capofila', coordination: 'coordinamento', support: 'supporto' },
  en: { lead: 'lead', coordination: 'coordination', support: 'support' },
};

/** The sum of the amounts known; null when none is. */
function totalAmount(fundings: Funding[]): number | null {
  const known = fundings.map((f) => f.amount).filter((a): a is number => a !== null);
  return known.length ? Math.round(known.reduce((s, a) => s + a, 0) * 100) / 100 : null;
}

/** Each funding in a few words: source, PNRR line, CUP and amount (decimal point, as every number of the file). */
const fundingText = (f: Funding): string =>
  [f.source_type, f.pnrr_code, f.cup && `CUP ${f.cup}`].filter(Boolean).join(' ') + (f.amount !== null ? `: ${f.amount}` : '');

/** The columns of the actions download, headers in both languages. */
const COLUMNS: Column[] = [
  { it: 'codice', en: 'code', get: (l) => l.action.code },
  { it: 'titolo', en: 'title', get: (l) => l.action.title },
  { it: 'asse', en: 'axis', get: (l) => l.action.axis.code },
  { it: 'strategia', en: 'strategy', get: (l) => l.action.strategy.code },
  { it: 'codice_ufficio', en: 'office_code', get: (l) => l.action.office?.code ?? null },
  { it: 'ufficio', en: 'office', get: (l) => l.action.office?.name ?? null },
  { it: 'ruolo_ente', en: 'body_role', get: (l, lang) => (l.action.bodyRole ? BODY_ROLE_WORDS[lang][l.action.bodyRole] ?? l.action.bodyRole : null) },
  { it: 'inizio_previsto', en: 'planned_start', get: (l) => l.action.plannedStart },
  { it: 'fine_prevista', en: 'planned_end', get: (l) => l.action.plannedEnd },
  { it: 'inizio_effettivo', en: 'actual_start', get: (l) => l.action.actualStart },
  { it: 'fine_effettiva', en: 'actual_end', get: (l) => l.action.actualEnd },
  { it: 'stato', en: 'status', get: (l, lang) => (l.action.status ? (lang === 'en' ? l.action.status.labelEn : l.action.status.labelIt) : null) },
  { it: 'avanzamento_percentuale', en: 'progress_percent', get: (l) => l.action.progress },
  { it: 'ultimo_periodo', en: 'last_period', get: (l) => l.action.lastPeriod },
  { it: 'da_aggiornare', en: 'to_update', get: (l, lang) => (l.action.toUpdate ? (lang === 'en' ? 'yes' : 'sì') : 'no') },
  { it: 'zone_omogenee', en: 'zone_omogenee', get: (l) => joined(l.action.zones.map((z) => z.name)) },
  { it: 'fonti_finanziamento', en: 'funding_sources', get: (l) => joined(l.action.fundingSources) },
  { it: 'linee_pnrr', en: 'pnrr_lines', get: (l) => joined(l.fundings.map((f) => f.pnrr_code)) },
  { it: 'cup', en: 'cup', get: (l) => joined(l.fundings.map((f) => f.cup)) },
  { it: 'importo_totale_euro', en: 'total_amount_eur', get: (l) => totalAmount(l.fundings), numFmt: '#,##0.00' },
  { it: 'finanziamenti', en: 'fundings', get: (l) => joined(l.fundings.map(fundingText)) },
];

/** The actions the page's filters select, in code order, each with its fundings. */
async function downloadLines(db: Knex, plan: string, currentPeriod: string, q: ActionsDownloadQuery): Promise<{ plan: string; lines: Line[] }> {
  const table = await getActionTable(db, plan, currentPeriod);
  const actions = table.items.filter((a) => matchesActionFilters(a, q));
  const fundings = await db('action_fundings as f')
    .join('actions as a', 'a.id', 'f.action_id')
    .join('plans as p', 'p.id', 'a.plan_id')
    .where('p.code', table.plan)
    .whereIn('a.code', actions.map((a) => a.code))
    .orderBy(['f.source_type', 'f.id'])
    .select<Funding[]>('a.code as action_code', 'f.source_type', 'f.pnrr_code', 'f.cup', 'f.amount');
  return { plan: table.plan, lines: actions.map((action) => ({ action, fundings: fundings.filter((f) => f.action_code === action.code) })) };
}

/** The actions table as the page shows it (filters of the query), as CSV (comma, decimal point) or XLSX, headers in `lang`. */
export async function actionsDownload(db: Knex, plan: string, currentPeriod: string, q: ActionsDownloadQuery): Promise<FileResult> {
  const { plan: code, lines } = await downloadLines(db, plan, currentPeriod, q);
  const header = COLUMNS.map((c) => c[q.lang]);
  const rows = lines.map((l) => COLUMNS.map((c) => c.get(l, q.lang)));
  const name = `${q.lang === 'en' ? 'actions' : 'azioni'}_${code}`;
  if (q.format === 'csv') return { body: Buffer.from(toCsv(header, rows), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(q.lang === 'en' ? 'Actions' : 'Azioni', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c, i) => ({ header: header[i], width: i === 1 ? 60 : 16, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.getRow(1).font = { bold: true };
  ws.addRows(rows);
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), contentType: XLSX_TYPE, fileName: `${name}.xlsx` };
}
