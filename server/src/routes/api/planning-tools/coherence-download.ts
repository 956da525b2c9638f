import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import type { CoherenceDownloadQuery, CoherenceMatrix } from '../../../contract/planning-tools';
import type { FileResult } from '../../../http/route-def';
import { XLSX_TYPE } from '../../../http/route';
import { toCsv } from '../../../lib/csv';
import { getCoherence } from './coherence-matrix';

type Lang = CoherenceDownloadQuery['lang'];
type Cell = string | null;

const HEADERS: Record<Lang, string[]> = {
  it: ['piano', 'asse', 'strategia', 'azione', 'titolo_azione', 'strumento', 'obiettivo', 'titolo_obiettivo', 'segnalazione'],
  en: ['plan', 'axis', 'strategy', 'action', 'action_title', 'tool', 'objective', 'objective_title', 'flag'],
};
const FLAGS: Record<Lang, { noObjective: string; unserved: string }> = {
  it: { noObjective: 'azione senza obiettivi', unserved: 'obiettivo non servito' },
  en: { noObjective: 'action without objectives', unserved: 'objective not served' },
};

/**
 * The shown view as a long table: one row per link action → objective, one per action with no
 * objective (flagged) and one per objective no action of the plan serves (flagged).
 */
export function coherenceRows(c: CoherenceMatrix, lang: Lang): Cell[][] {
  const rows: Cell[][] = [];
  for (const ax of c.axes)
    for (const s of ax.strategies)
      for (const a of s.actions) {
        const base = [c.plan, ax.code, s.code, a.code, a.title];
        if (!a.objectives.length) rows.push([...base, null, null, null, FLAGS[lang].noObjective]);
        for (const o of a.objectives) rows.push([...base, o.tool, o.code, o.title, null]);
      }
  for (const o of c.objectivesWithoutAction) rows.push([c.plan, null, null, null, null, o.tool, o.code, o.title, FLAGS[lang].unserved]);
  return rows;
}

/** The matrix as the page draws it: one row per action, one column per tool (the objectives' codes). */
function matrixSheet(wb: ExcelJS.Workbook, c: CoherenceMatrix, lang: Lang): void {
  const ws = wb.addWorksheet(lang === 'en' ? 'Matrix' : 'Matrice', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  ws.columns = [
    { header: lang === 'en' ? 'action' : 'azione', width: 10 },
    { header: lang === 'en' ? 'action_title' : 'titolo_azione', width: 60 },
    ...c.tools.map((t) => ({ header: t.code, width: 18 })),
  ];
  ws.getRow(1).font = { bold: true };
  for (const ax of c.axes)
    for (const s of ax.strategies)
      for (const a of s.actions)
        ws.addRow([a.code, a.title, ...c.tools.map((t) => a.objectives.filter((o) => o.tool === t.code).map((o) => o.code).join('; '))]);
}

/** The coherence view the filters select, as CSV (comma) or XLSX (the long table, and the matrix). */
export async function coherenceDownload(db: Knex, plan: string, q: CoherenceDownloadQuery): Promise<FileResult> {
  const c = await getCoherence(db, plan, q);
  const header = HEADERS[q.lang];
  const rows = coherenceRows(c, q.lang);
  const name = `${q.lang === 'en' ? 'coherence' : 'coerenza'}_${c.plan}${q.asse ? `_${q.lang === 'en' ? 'axis' : 'asse'}-${q.asse}` : ''}${q.strumento ? `_${q.strumento}` : ''}`;
  if (q.format === 'csv') return { body: Buffer.from(toCsv(header, rows), 'utf8'), contentType: 'text/csv; charset=utf-8', fileName: `${name}.csv` };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(lang(q.lang, 'Coerenza', 'Coherence'), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = header.map((h, i) => ({ header: h, width: i === 4 || i === 7 ? 50 : 14 }));
  ws.getRow(1).font = { bold: true };
  ws.addRows(rows);
  matrixSheet(wb, c, q.lang);
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), contentType: XLSX_TYPE, fileName: `${name}.xlsx` };
}

const lang = (l: Lang, it: string, en: string) => (l === 'en' ? en : it);
