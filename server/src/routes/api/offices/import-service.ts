import fs from 'node:fs';
import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import type { OfficeImportResult } from '../../../contract/offices';
import { inTransaction } from '../../../db/dry-run';
import type { OfficeRow } from '../../../db/rows';
import { type InputIssue, InvalidFileError, InvalidParamsError } from '../../../errors/errors';
import type { ReceivedUpload } from '../../../http/multipart';
import { readTableFile } from '../../../lib/table-file';
import { readOfficeRows, type OfficeFileRow } from '../../../offices/office-file';
import { officeAuditView } from './service';

/** An offices file is a list of some hundred rows: more than this is not one. */
export const OFFICE_FILE_MAX_BYTES = 2 * 1024 * 1024;

type Outcome = OfficeImportResult['rows'][number]['outcome'];

/** Whether the file's row would change the office `o` (department compared by code). */
const differs = (o: OfficeRow, r: OfficeFileRow, parentCode: string | null) => o.name !== r.name || (o.email ?? null) !== r.email || parentCode !== r.parent;

/** Rows whose department chain, with the file's departments in place of the database's, leads back to them. */
function departmentLoops(rows: OfficeFileRow[], parentInDb: Map<string, string | null>): InputIssue[] {
  const parentOf = new Map(parentInDb);
  for (const r of rows) parentOf.set(r.code, r.parent);
  return rows.flatMap((r) => {
    let at = r.parent;
    for (let step = 0; at && step <= parentOf.size; step++) {
      if (at === r.code) return [{ row: r.row, column: 'parent_code', message: `the departments of "${r.code}" lead back to it` }];
      at = parentOf.get(at) ?? null;
    }
    return [];
  });
}

/** Writes the rows: offices first, then their departments (a department may come later in the file). */
async function loadRows(trx: Knex, rows: OfficeFileRow[], fileName: string, by: Actor): Promise<Outcome[]> {
  // Locked so two loads (or a load and an edit) run one after the other.
  const current = await trx<OfficeRow>('offices').select('*').forUpdate();
  const byCode = new Map(current.map((o) => [o.code, o]));
  const codeOf = new Map(current.map((o) => [o.id, o.code]));
  const loops = departmentLoops(rows, new Map(current.map((o) => [o.code, o.parent_id ? (codeOf.get(o.parent_id) ?? null) : null])));
  // A retired office stays the department of the offices it had, but none is newly put under it.
  const retired = rows.flatMap((r) => {
    const parent = r.parent ? byCode.get(r.parent) : undefined;
    if (!parent?.retired_at || byCode.get(r.code)?.parent_id === parent.id) return [];
    return [{ row: r.row, column: 'parent_code', message: `office "${parent.code}" is retired: choose an active office as department` }];
  });
  const problems = [...loops, ...retired].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (problems.length) throw new InvalidFileError(fileName, problems);
  const outcomes: Outcome[] = [];
  const audit = [];
  for (const r of rows) {
    const o = byCode.get(r.code);
    if (!o) {
      const [created] = await trx<OfficeRow>('offices').insert({ code: r.code, name: r.name, email: r.email }).returning('*');
      byCode.set(r.code, created!);
      outcomes.push('created');
      audit.push({ action: 'create' as const, id: created!.id, before: undefined, after: officeAuditView({ ...r, retiredAt: null }) });
    } else if (differs(o, r, o.parent_id ? (codeOf.get(o.parent_id) ?? null) : null)) {
      const before = officeAuditView({ ...o, parent: o.parent_id ? (codeOf.get(o.parent_id) ?? null) : null, retiredAt: o.retired_at?.toISOString() ?? null });
      await trx<OfficeRow>('offices').where({ id: o.id }).update({ name: r.name, email: r.email, version: o.version + 1, updated_at: trx.fn.now() });
      outcomes.push('updated');
      audit.push({ action: 'update' as const, id: o.id, before, after: { ...before, name: r.name, parent: r.parent, email: r.email } });
    } else outcomes.push('unchanged');
  }
  for (const r of rows) {
    const parentId = r.parent ? byCode.get(r.parent)!.id : null;
    await trx<OfficeRow>('offices').where({ id: byCode.get(r.code)!.id }).update({ parent_id: parentId });
  }
  await writeAudit(
    trx,
    audit.map((a) => ({ actor: by.actor, userId: by.userId, action: a.action, resourceType: 'office', resourceId: a.id, before: a.before, after: a.after })),
  );
  return outcomes;
}

/**
 * Loads offices from a spreadsheet: the whole file is checked (every problem by row and column, a 422
 * that writes nothing), then written in one transaction with an audit entry per office changed; with
 * `dryRun` the same transaction is rolled back, so the preview is exactly what the load would do.
 */
export async function importOfficesUpload(db: Knex, upload: ReceivedUpload, by: Actor, dryRun: boolean): Promise<OfficeImportResult> {
  const unknown = [...upload.fields.keys()];
  if (unknown.length) throw new InvalidParamsError(unknown.map((name) => ({ name, message: 'unknown field; the only field is file' })));
  const table = await readTableFile(upload.fileName, await fs.promises.readFile(upload.tempPath));
  return inTransaction(db, dryRun, async (trx) => {
    const existing = new Set((await trx<OfficeRow>('offices').select('code')).map((o) => o.code));
    const { rows, issues } = readOfficeRows(upload.fileName, table, existing);
    if (issues.length) throw new InvalidFileError(upload.fileName, issues);
    if (!rows.length) throw new InvalidFileError(upload.fileName, [{ row: 2, message: 'the file has no office under its header' }]);
    const outcomes = await loadRows(trx, rows, upload.fileName, by);
    const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
    return {
      dryRun,
      file: { name: upload.fileName, format: table.format, rows: rows.length },
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rows: rows.map((r, i) => ({ ...r, outcome: outcomes[i]! })),
    };
  });
}
