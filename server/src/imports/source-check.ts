import fs from 'node:fs';
import type { Knex } from 'knex';
import type { ImportRecipeRow } from '../db/rows';
import { fetchSource, SourceFetchError } from './fetch-source';

/** How sources are read: the download limits and the interval of the scheduled checks. */
export type SourceOptions = {
  /** The upload folder (downloads are written there, like uploads). */
  dir: string;
  /** SOURCE_FETCH_TIMEOUT_MS. */
  timeoutMs: number;
  /** MAX_UPLOAD_MB, in bytes. */
  maxBytes: number;
  /** SOURCE_CHECK_DAYS; 0: no scheduled check. */
  checkDays: number;
  clock: () => Date;
};

const DAY_MS = 86_400_000;

/** When a recipe checked at `now` is due again (a year away when scheduled checks are off). */
export const nextCheckAt = (now: Date, days: number) => new Date(now.getTime() + (days > 0 ? days : 365) * DAY_MS);

/** What a check stores of a failure: the code and parameters the client translates. */
export const errorText = (err: SourceFetchError) => JSON.stringify({ code: err.code, params: err.params, message: err.message });

/**
 * Asks the source whether it changed: a conditional GET (If-None-Match / If-Modified-Since) when an ETag
 * or Last-Modified is known, 304 = unchanged; otherwise the SHA-256 of the body against the one kept.
 * A change (or a source never imported) sets `changed_since_import` until the next "Aggiorna dalla fonte".
 * A source that cannot be read is recorded as 'error' with its code; the row is returned as stored.
 */
export async function checkRecipe(db: Knex, recipe: ImportRecipeRow, o: SourceOptions): Promise<ImportRecipeRow> {
  const now = o.clock();
  const base = { last_checked_at: now, next_check_at: nextCheckAt(now, o.checkDays), updated_at: db.fn.now() };
  let update: Partial<Record<keyof ImportRecipeRow, unknown>>;
  try {
    const got = await fetchSource(recipe.url, { timeoutMs: o.timeoutMs, maxBytes: o.maxBytes, dir: o.dir, etag: recipe.etag, lastModified: recipe.last_modified });
    if (got.notModified) {
      update = { ...base, last_check_status: 'unchanged', last_check_error: null, etag: got.etag, last_modified: got.lastModified };
    } else {
      await fs.promises.rm(got.tempPath, { force: true });
      const changed = got.checksum !== recipe.checksum;
      update = {
        ...base,
        last_check_status: changed ? 'changed' : 'unchanged',
        last_check_error: null,
        etag: got.etag,
        last_modified: got.lastModified,
        checksum: got.checksum,
        ...(changed ? { changed_since_import: true } : {}),
      };
    }
  } catch (err) {
    if (!(err instanceof SourceFetchError)) throw err;
    update = { ...base, last_check_status: 'error', last_check_error: errorText(err) };
  }
  const [row] = (await db('import_recipes').where({ id: recipe.id }).update(update).returning('*')) as ImportRecipeRow[];
  return row ?? recipe;
}
