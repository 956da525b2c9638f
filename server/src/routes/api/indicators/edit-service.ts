import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { NotFoundError } from '../../../errors/errors';
import type { IndicatorDetail, IndicatorPatch } from '../../../contract/indicators';
import type { IndicatorRow } from '../../../db/rows';
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

/** Changes the fields sent of the indicator's metadata, in one transaction; the audit log keeps before and after. Answers the indicator's detail. */
export async function updateIndicator(db: Knex, actor: Actor, code: string, patch: IndicatorPatch): Promise<IndicatorDetail> {
  return db.transaction(async (trx) => {
    const current = await trx<IndicatorRow>('indicators').where({ code }).forUpdate().first();
    if (!current) throw new NotFoundError('Indicator', code);
    const [row] = await trx<IndicatorRow>('indicators').where({ id: current.id }).update({ ...columns(patch), updated_at: trx.fn.now() }).returning('*');
    await writeAudit(trx, [
      { actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'indicator', resourceId: code, before: toIndicatorMeta(current), after: toIndicatorMeta(row!) },
    ]);
    // Read before COMMIT: once it succeeds, nothing is left to fail.
    return getIndicator(trx, code, { drafts: true });
  });
}
