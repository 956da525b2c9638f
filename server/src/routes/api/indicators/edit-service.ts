import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { type InputIssue, InvalidParamsError, NotFoundError } from '../../../errors/errors';
import type { IndicatorDetail, IndicatorPatch } from '../../../contract/indicators';
import type { IndicatorRow, OfficeRow } from '../../../db/rows';
import { toIndicatorMeta } from '../../../indicators/meta';
import { getIndicator } from './service';

/** The column of each metadata field (the create reuses it). */
export const COLUMNS = {
  name: 'name',
  nameEn: 'name_en',
  definition: 'definition',
  unit: 'unit',
  decimals: 'decimals',
  sourceAgency: 'source_agency',
  sourceDataset: 'source_dataset',
  sourceUrl: 'source_url',
  polarity: 'polarity',
  polarityNote: 'polarity_note',
  frequency: 'frequency',
  licence: 'licence',
  theme: 'theme',
  notes: 'notes',
  releaseDate: 'release_date',
  nextRelease: 'next_release',
  responsibleOfficeId: 'responsible_office_id',
} as const satisfies Record<keyof IndicatorPatch, keyof IndicatorRow>;

/** The patch's fields under their column names, each with its own type (checked against the column's on update). */
type PatchColumns = { [F in keyof IndicatorPatch as (typeof COLUMNS)[F]]: IndicatorPatch[F] };

/** The columns of the fields sent (a field not sent does not change). */
export const columns = (patch: IndicatorPatch): PatchColumns =>
  Object.fromEntries(
    Object.entries(patch)
      .filter(([, v]) => v !== undefined)
      .map(([field, v]) => [COLUMNS[field as keyof IndicatorPatch], v]),
  ) as PatchColumns;

/** The new values checked against the database: an office that exists and is not retired, a next release not before the release. */
async function checkPatch(trx: Knex, current: IndicatorRow, patch: IndicatorPatch): Promise<void> {
  const issues: InputIssue[] = [];
  if (patch.responsibleOfficeId != null && patch.responsibleOfficeId !== current.responsible_office_id) {
    const office = await trx<OfficeRow>('offices').where({ id: patch.responsibleOfficeId }).first('id', 'retired_at');
    if (!office) issues.push({ name: 'responsibleOfficeId', message: `no office with id ${patch.responsibleOfficeId}` });
    else if (office.retired_at) issues.push({ name: 'responsibleOfficeId', message: 'the office is retired: choose one that exists today' });
  }
  const release = patch.releaseDate !== undefined ? patch.releaseDate : current.release_date;
  const next = patch.nextRelease !== undefined ? patch.nextRelease : current.next_release;
  if (release && next && next < release) {
    issues.push({ name: patch.nextRelease !== undefined ? 'nextRelease' : 'releaseDate', message: `the next release (${next}) must not be before the release (${release})` });
  }
  if (issues.length) throw new InvalidParamsError(issues);
}

/** Changes the fields sent of the indicator's metadata, in one transaction; the audit log keeps before and after. Answers the indicator's detail. */
export async function updateIndicator(db: Knex, actor: Actor, code: string, patch: IndicatorPatch): Promise<IndicatorDetail> {
  return db.transaction(async (trx) => {
    const current = await trx<IndicatorRow>('indicators').where({ code }).forUpdate().first();
    if (!current) throw new NotFoundError('Indicator', code);
    await checkPatch(trx, current, patch);
    const [row] = await trx<IndicatorRow>('indicators').where({ id: current.id }).update({ ...columns(patch), updated_at: trx.fn.now() }).returning('*');
    await writeAudit(trx, [
      { actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'indicator', resourceId: code, before: toIndicatorMeta(current), after: toIndicatorMeta(row!) },
    ]);
    // Read before COMMIT: once it succeeds, nothing is left to fail.
    return getIndicator(trx, code, { drafts: true });
  });
}
