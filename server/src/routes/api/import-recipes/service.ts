import fs from 'node:fs';
import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import type { ImportRecipe, ImportRecipeCreate, ImportRecipePatch } from '../../../contract/import-recipes';
import type { ImportRecipeRow, IndicatorRow } from '../../../db/rows';
import { InvalidParamsError, NotFoundError } from '../../../errors/errors';
import { fetchSource, sourceFileName } from '../../../imports/fetch-source';
import { checkRecipe, type SourceOptions } from '../../../imports/source-check';
import { type ImportServices, insertImportBatch } from '../imports/service';

export type RecipeDeps = { imports: ImportServices; sources: SourceOptions };

type RecipeJoin = ImportRecipeRow & { indicator_code: string | null; indicator_name: string | null };

const recipeQuery = (db: Knex) =>
  db('import_recipes as r')
    .leftJoin('indicators as i', 'i.id', 'r.indicator_id')
    .select<RecipeJoin[]>('r.*', 'i.code as indicator_code', 'i.name as indicator_name');

const parseJson = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const iso = (d: Date | string | null) => (d == null ? null : new Date(d).toISOString());

function toRecipe(r: RecipeJoin): ImportRecipe {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    format: r.format as ImportRecipe['format'],
    indicator: r.indicator_code ? { code: r.indicator_code, name: r.indicator_name ?? r.indicator_code } : null,
    options: (parseJson(r.options) as ImportRecipe['options'] | null) ?? {},
    check: {
      etag: r.etag,
      lastModified: r.last_modified,
      checksum: r.checksum,
      lastCheckedAt: iso(r.last_checked_at),
      status: r.last_check_status as ImportRecipe['check']['status'],
      error: r.last_check_error ? (JSON.parse(r.last_check_error) as ImportRecipe['check']['error']) : null,
      changedSinceImport: r.changed_since_import,
      nextCheckAt: iso(r.next_check_at)!,
    },
    lastBatchId: r.last_batch_id,
    createdBy: r.created_by_label,
    createdAt: iso(r.created_at)!,
    updatedAt: iso(r.updated_at)!,
  };
}

/** What the audit log keeps of a recipe: what an analyst chose, not the check state. */
const auditOf = (r: ImportRecipe) => ({ name: r.name, url: r.url, format: r.format, indicator: r.indicator?.code ?? null, options: r.options });

async function findRecipe(db: Knex, id: number): Promise<ImportRecipe> {
  const r = await recipeQuery(db).where('r.id', id).first();
  if (!r) throw new NotFoundError('Import recipe', String(id));
  return toRecipe(r);
}

export async function listRecipes(db: Knex, deps: RecipeDeps) {
  const rows = await recipeQuery(db).orderBy('r.name').orderBy('r.id');
  return { items: rows.map(toRecipe), checkDays: deps.sources.checkDays };
}

export const getRecipe = (db: Knex, id: number) => findRecipe(db, id);

async function indicatorId(db: Knex, code: string | null | undefined): Promise<number | null | undefined> {
  if (code === undefined) return undefined;
  if (code === null) return null;
  const ind = await db<IndicatorRow>('indicators').whereRaw('upper(code) = upper(?)', [code]).first('id');
  if (!ind) throw new InvalidParamsError([{ name: 'indicator', message: `no indicator has the code "${code}"` }]);
  return ind.id;
}

function columnsOf(body: ImportRecipePatch, indicator: number | null | undefined) {
  const c: Partial<Record<keyof ImportRecipeRow, unknown>> = {};
  if (body.name !== undefined) c.name = body.name;
  if (body.url !== undefined) c.url = body.url;
  if (body.format !== undefined) c.format = body.format;
  if (body.options !== undefined) c.options = JSON.stringify(body.options);
  if (indicator !== undefined) c.indicator_id = indicator;
  return c;
}

export async function createRecipe(db: Knex, body: ImportRecipeCreate, actor: Actor): Promise<ImportRecipe> {
  return db.transaction(async (trx) => {
    const ind = await indicatorId(trx, body.indicator);
    const [row] = await trx<ImportRecipeRow>('import_recipes')
      .insert({ ...columnsOf({ options: {}, ...body }, ind ?? null), created_by: actor.userId, created_by_label: actor.actor } as Partial<ImportRecipeRow>)
      .returning('id');
    const created = await findRecipe(trx, row!.id);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'import_recipe', resourceId: created.id, after: auditOf(created) }]);
    return created;
  });
}

export async function patchRecipe(db: Knex, id: number, body: ImportRecipePatch, actor: Actor): Promise<ImportRecipe> {
  return db.transaction(async (trx) => {
    const before = await findRecipe(trx, id);
    const ind = await indicatorId(trx, body.indicator);
    const cols = columnsOf(body, ind);
    // Another address is another source: what was known of the old one no longer says anything.
    if (body.url !== undefined && body.url !== before.url) {
      Object.assign(cols, { etag: null, last_modified: null, checksum: null, last_check_status: null, last_check_error: null, last_checked_at: null, changed_since_import: false });
    }
    await trx('import_recipes').where({ id }).update({ ...cols, updated_at: trx.fn.now() });
    const after = await findRecipe(trx, id);
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'import_recipe', resourceId: id, before: auditOf(before), after: auditOf(after) }]);
    return after;
  });
}

export async function deleteRecipe(db: Knex, id: number, actor: Actor): Promise<{ deleted: number }> {
  await db.transaction(async (trx) => {
    const before = await findRecipe(trx, id);
    await trx('import_recipes').where({ id }).delete();
    await writeAudit(trx, [{ actor: actor.actor, userId: actor.userId, action: 'delete', resourceType: 'import_recipe', resourceId: id, before: auditOf(before) }]);
  });
  return { deleted: id };
}

/** "Controlla ora": the scheduled check, now. A source that cannot be read is answered as the recipe's error. */
export async function checkRecipeNow(db: Knex, id: number, deps: RecipeDeps): Promise<ImportRecipe> {
  const row = await db<ImportRecipeRow>('import_recipes').where({ id }).first();
  if (!row) throw new NotFoundError('Import recipe', String(id));
  await checkRecipe(db, row, deps.sources);
  return findRecipe(db, id);
}

/**
 * "Aggiorna dalla fonte": downloads the address and creates the import batch an upload of the file with
 * the recipe's options would (the usual preview follows). A source that cannot be read is a problem
 * naming why (SourceFetchError) and nothing is written.
 */
export async function refreshRecipe(db: Knex, id: number, deps: RecipeDeps, actor: Actor) {
  const recipe = await findRecipe(db, id);
  const s = deps.sources;
  const got = await fetchSource(recipe.url, { timeoutMs: s.timeoutMs, maxBytes: s.maxBytes, dir: s.dir });
  if (got.notModified) throw new Error('unconditional request answered 304');
  try {
    const options = { ...recipe.options, ...(recipe.format ? { format: recipe.format } : {}) };
    const file = { tempPath: got.tempPath, fileName: sourceFileName(got.finalUrl, got.contentType), size: got.size, checksum: got.checksum };
    const result = await db.transaction(async (trx) => {
      const batch = await insertImportBatch(trx, deps.imports, file, options, actor);
      await trx('import_recipes').where({ id }).update({
        etag: got.etag,
        last_modified: got.lastModified,
        checksum: got.checksum,
        changed_since_import: false,
        last_batch_id: batch.id,
        updated_at: trx.fn.now(),
      });
      await writeAudit(trx, [
        { actor: actor.actor, userId: actor.userId, action: 'import', resourceType: 'import_recipe', resourceId: id, after: { url: recipe.url, batchId: batch.id, checksum: got.checksum } },
      ]);
      return { batchId: batch.id, recipe: await findRecipe(trx, id) };
    });
    // Committed: the preview may start (this process looks at once; any other free process may take it).
    deps.imports.jobs.kick();
    return result;
  } finally {
    await fs.promises.rm(got.tempPath, { force: true });
  }
}
