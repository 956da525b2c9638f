import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import { editAction, snapshot } from '../../../actions/edit';
import { fileIssue, readRegisterRows } from '../../../actions/register-file';
import type { Actor } from '../../../auth/roles';
import { type ActionRegisterResult, REGISTER_COLUMNS } from '../../../contract/action-register';
import { inTransaction } from '../../../db/dry-run';
import type { ActionFundingRow, ActionMilestoneRow, ActionPartnerRow, ActionRow } from '../../../db/rows';
import { AppError, type InputIssue, InvalidFileError, InvalidParamsError } from '../../../errors/errors';
import type { ReceivedUpload } from '../../../http/multipart';
import type { FileResult } from '../../../http/route-def';
import { XLSX_TYPE } from '../../../http/route';
import { readTableFile } from '../../../lib/table-file';
import { BY_CODE, findPlanRef } from '../../../plans/lookup';

/** A register is a row per action (some hundred): more than this is not one. */
export const REGISTER_FILE_MAX_BYTES = 2 * 1024 * 1024;

type Snapshot = Awaited<ReturnType<typeof snapshot>>;
type Change = ActionRegisterResult['actions'][number]['changes'][number];

const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
const list = (items: string[]) => (items.length ? items.join('; ') : null);

/** Each field of an action as the register's cell writes it (the same syntax the file is read with). */
export function registerCells(s: Snapshot): Record<string, string | null> {
  const partners = s.partners as Pick<ActionPartnerRow, 'name' | 'role'>[];
  const fundings = s.fundings as Omit<ActionFundingRow, 'id' | 'action_id'>[];
  const milestones = s.milestones as Pick<ActionMilestoneRow, 'title' | 'planned_date' | 'actual_date'>[];
  return {
    office: s.office,
    responsibleUser: s.responsibleUser,
    bodyRole: s.bodyRole,
    plannedStart: s.dates.plannedStart,
    plannedEnd: s.dates.plannedEnd,
    actualStart: s.dates.actualStart,
    actualEnd: s.dates.actualEnd,
    weight: text(Number(s.weight)),
    zones: list(s.zones),
    partners: list(partners.map((p) => (p.role ? `${p.name} (${p.role})` : p.name))),
    fundings: list(
      fundings.map((f) =>
        [f.source_type, f.pnrr_code, f.cup, f.amount === null ? null : Number(f.amount), f.description, f.source_url].map((v) => text(v) ?? '').join(' | ').replace(/( \| )+$/, ''),
      ),
    ),
    milestones: list(milestones.map((m) => [m.title, m.planned_date, m.actual_date].map((v) => text(v) ?? '').join(' | ').replace(/( \| )+$/, ''))),
  };
}

function changesOf(before: Snapshot, after: Snapshot): Change[] {
  const b = registerCells(before);
  const a = registerCells(after);
  return Object.keys(b).flatMap((field) => (b[field] === a[field] ? [] : [{ field, before: b[field] ?? null, after: a[field] ?? null }]));
}

/** Rolls back the savepoint of a row that changes nothing (no version bump, no audit entry). */
class Unchanged extends Error {}

/**
 * Loads an action register: every row is checked first (the file's syntax and the edit's contract,
 * then codes and e-mails against the database), every problem a 422 by row and column that writes
 * nothing; a valid file is one transaction with an edit (version bump, audit entry) per action that
 * changes. With `dryRun` the same transaction is rolled back, so the preview is exactly the load.
 */
export async function loadActionRegister(db: Knex, planCode: string, upload: ReceivedUpload, by: Actor, dryRun: boolean): Promise<ActionRegisterResult> {
  const unknown = [...upload.fields.keys()];
  if (unknown.length) throw new InvalidParamsError(unknown.map((name) => ({ name, message: 'unknown field; the only field is file' })));
  const plan = await findPlanRef(db, planCode);
  const table = await readTableFile(upload.fileName, await fs.promises.readFile(upload.tempPath));
  return inTransaction(db, dryRun, async (trx) => {
    // Locked so a load and an edit of the same actions run one after the other.
    const actions = await trx<ActionRow>('actions').where({ plan_id: plan.id }).forUpdate().select('id', 'code', 'title', 'version');
    const byCode = new Map(actions.map((a) => [a.code, a]));
    const { rows, issues } = readRegisterRows(upload.fileName, table, new Set(byCode.keys()));
    if (!rows.length) throw new InvalidFileError(upload.fileName, [{ row: 2, message: 'the file has no action under its header' }]);
    const out: ActionRegisterResult['actions'] = [];
    const author = { userId: by.userId, actor: by.actor };
    for (const r of rows.filter((x) => x.valid)) {
      const action = byCode.get(r.code)!;
      try {
        await trx.transaction(async (sp) => {
          const before = await snapshot(sp, action.id);
          await editAction(sp, action.id, r.input, before.version, author);
          const changes = changesOf(before, await snapshot(sp, action.id));
          if (!changes.length) throw new Unchanged();
          out.push({ row: r.row, code: r.code, title: action.title, outcome: 'updated', changes });
        });
      } catch (e) {
        if (e instanceof Unchanged) out.push({ row: r.row, code: r.code, title: action.title, outcome: 'unchanged', changes: [] });
        else if (e instanceof AppError && e.status === 400) issues.push(...e.issues.map((i: InputIssue) => fileIssue(r.row, i.name ?? '', i.message)));
        else throw e;
      }
    }
    if (issues.length) throw new InvalidFileError(upload.fileName, issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
    return {
      dryRun,
      file: { name: upload.fileName, format: table.format, rows: rows.length },
      updated: out.filter((a) => a.outcome === 'updated').length,
      unchanged: out.filter((a) => a.outcome === 'unchanged').length,
      actions: out,
    };
  });
}

const HELP = [
  'Registro delle azioni / Action register',
  'Una riga per azione; codice_azione è obbligatorio. Una colonna tolta dal foglio non cambia nulla; una cella vuota in una colonna presente cancella il dato (peso vuoto = 1).',
  'One row per action; codice_azione is required. A column removed from the sheet changes nothing; an empty cell in a present column clears the field (empty weight = 1).',
  'Date: AAAA-MM-GG o GG/MM/AAAA. Ruolo ente: capofila, coordinamento, supporto (o lead, coordination, support).',
  'Zone omogenee: codici separati da ";" (es. ITC11-ZO01; ITC11-ZO02). Partner: "Nome (ruolo); Nome 2".',
  'Finanziamenti: voci separate da ";" o da un a capo; in ogni voce "tipo | codice PNRR | CUP | importo | descrizione | link", es. "pnrr | M5C2I2.2 | J11B21005600006 | 1.250.000,00 | Rigenerazione urbana".',
  'Tipi: pnrr, pnc, fesr, fse, fsc, nazionale, regionale, propri, privati, altro.',
  'Milestone: voci separate da ";" o da un a capo; in ogni voce "titolo | data prevista | data effettiva", es. "Gara aggiudicata | 2026-06-30".',
  'Prima di caricare, la verifica (prova) mostra ogni modifica e ogni errore per riga e colonna senza scrivere nulla.',
];

/** The register of a plan as an XLSX an office clerk fills in: a row per action with its current values, and a sheet of instructions. */
export async function actionRegisterTemplate(db: Knex, planCode: string): Promise<FileResult> {
  const plan = await findPlanRef(db, planCode);
  const actions = await db<ActionRow>('actions').where({ plan_id: plan.id }).orderByRaw(BY_CODE).select('id', 'code', 'title');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Registro azioni', { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const fields = Object.keys(REGISTER_COLUMNS) as (keyof typeof REGISTER_COLUMNS)[];
  ws.columns = fields.map((f) => ({ header: REGISTER_COLUMNS[f][0], key: f, width: f === 'title' ? 50 : f === 'code' ? 14 : 24 }));
  ws.getRow(1).font = { bold: true };
  for (const a of actions) {
    const cells = registerCells(await snapshot(db, a.id));
    const row = ws.addRow({ ...cells, code: a.code, title: a.title, weight: Number(cells.weight) });
    // Codes and dates as text, so Excel neither turns 1.10 into 1.1 nor a date into a number.
    row.eachCell((c, n) => {
      if (fields[n - 1] !== 'weight') c.numFmt = '@';
    });
  }
  const help = wb.addWorksheet('Istruzioni');
  HELP.forEach((line) => help.addRow([line]));
  help.getColumn(1).width = 140;
  return { body: Buffer.from(await wb.xlsx.writeBuffer()), contentType: XLSX_TYPE, fileName: `registro_azioni_${plan.code}.xlsx` };
}
