import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { NotFoundError } from '../../../errors/errors';
import type { IndicatorDetail, IndicatorPatch } from '../../../contract/indicators';
import { toIndicatorMeta } from '../../../indicators/meta';
import { getIndicator } from './service';

const COLUMNS: Record<keyof IndicatorPatch, string> = {
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
};

/** Changes the fields sent of the indicator's metadata, in one transaction; the audit log keeps before and after. */
export async function updateIndicator(db: Knex, actor: Actor, code: string, patch: IndicatorPatch): Promise<IndicatorDetail> {
  await db.transaction(async (trx) => {
    const current = await trx('indicators').where({ code }).forUpdate().first();
    if (!current) throw new NotFoundError('Indicator', code);
    const changes = Object.fromEntries(
      Object.entries(patch)
        .filter(([, v]) => v !== undefined)
        .map(([field, v]) => [COLUMNS[field as keyof IndicatorPatch], v]),
    );
    const [row] = await trx('indicators').where({ id: current.id }).update({ ...changes, updated_at: trx.fn.now() }).returning('*');
    await writeAudit(trx, [
      { actor: actor.actor, userId: actor.userId, action: 'update', resourceType: 'indicator', resourceId: code, before: toIndicatorMeta(current), after: toIndicatorMeta(row) },
    ]);
  });
  // Read once committed: the detail's queries run side by side, which a transaction's one connection cannot.
  return getIndicator(db, code);
}
