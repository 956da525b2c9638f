import fs from 'node:fs';
import type { Knex } from 'knex';
import type { PlanRow } from '../../../db/rows';
import { writeAudit } from '../../../audit/audit';
import { inTransaction } from '../../../db/dry-run';
import type { Actor } from '../../../auth/roles';
import { type InputIssue, InvalidFileError, InvalidParamsError } from '../../../errors/errors';
import { importPlan } from '../../../plan-import/import-plan';
import { parsePlanFile } from '../../../plan-import/parse-plan-file';
import { mergePlanMeta } from '../../../plan-import/plan-meta';
import type { ReceivedUpload } from '../../../http/multipart';
import { planCodeParam } from '../../../contract/common';
import { planImportFields, type PlanImportFields, type PlanImportResult } from '../../../contract/plan-import';

/** A plan file is a table of a few hundred rows: more than this is not one. */
export const PLAN_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** The form's text fields, checked: unknown or repeated fields and bad values are 400s naming the field. */
function fieldsOf(form: Map<string, string[]>): PlanImportFields {
  const issues: InputIssue[] = [];
  const one: Record<string, string> = {};
  for (const [name, values] of form) {
    if (values.length > 1) issues.push({ name, message: 'given more than once' });
    if (values[0]!.trim() !== '') one[name] = values[0]!;
  }
  const parsed = planImportFields.safeParse(one);
  if (parsed.success && !issues.length) return parsed.data;
  for (const i of parsed.error?.issues ?? []) {
    if (i.code === 'unrecognized_keys') i.keys.forEach((name) => issues.push({ name, message: `unknown field; the fields are file, ${Object.keys(planImportFields.shape).join(', ')}` }));
    else issues.push({ name: String(i.path[0] ?? 'request'), message: i.message });
  }
  throw new InvalidParamsError(issues);
}

/**
 * The plan import of `npm run plan:import` through the API: parses and checks the received file,
 * loads it in one transaction with an `import` entry in the audit log; with `dryRun` the same
 * transaction is rolled back at the end, so the preview counts are exactly what the import would do.
 */
export async function importPlanUpload(db: Knex, upload: ReceivedUpload, actor: Actor, dryRun: boolean): Promise<PlanImportResult> {
  const fields = fieldsOf(upload.fields);
  const parsed = await parsePlanFile(upload.fileName, await fs.promises.readFile(upload.tempPath));
  const planCode = fields.plan ?? parsed.plan?.code;
  if (!planCode) throw new InvalidParamsError([{ name: 'plan', message: 'required: the file does not name its plan' }]);
  if (!fields.plan && !planCodeParam.safeParse(planCode).success) {
    throw new InvalidFileError(upload.fileName, [{ column: 'plan.code', message: `"${planCode}" is not a plan code such as psm-2021-2023` }]);
  }
  const [start, end] = (fields.period ?? '').split('-').map((y) => (y ? Number(y) : undefined));
  const meta = mergePlanMeta(parsed.plan, {
    title: fields.title,
    subtitle: fields.subtitle,
    periodStart: start,
    periodEnd: end,
    declaredAxes: fields.declaredAxes,
    declaredStrategies: fields.declaredStrategies,
    declaredActions: fields.declaredActions,
  });
  const file = { name: upload.fileName, format: parsed.format, rows: parsed.rows.length, checksum: upload.checksum };

  const run = async (trx: Knex) => {
    const planCreated = !(await trx<PlanRow>('plans').where({ code: planCode }).first('id'));
    const result = await importPlan(trx, { fileName: upload.fileName, planCode, rows: parsed.rows, plan: meta, actor: actor.actor, userId: actor.userId });
    const out = { ...result, planCreated, file };
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'import', resourceType: 'plan', resourceId: planCode, after: out }]);
    return out;
  };
  return { ...(await inTransaction(db, dryRun, run)), dryRun };
}
