import type { Knex } from 'knex';
import { writeAudit } from '../../audit/audit';
import { allowLongStatements, countRows } from '../../db/knex';
import { sideBySide } from '../../db/side-by-side';
import type { ImportBatchRow, IndicatorRow } from '../../db/rows';
import { AppError, NotFoundError } from '../../errors/errors';

export class RollbackConflictError extends AppError {
  constructor(detail: string) {
    super(409, 'rollback-conflict', 'Annullamento non possibile / Cannot roll back', detail);
  }
}

export type RollbackResult = { batchId: number; removed: number; restored: number; indicatorsRemoved: string[] };

/**
 * Undoes a committed batch in one transaction: removes the values it added, makes current again the
 * values it had replaced (the older vintage), removes the indicators it created when nothing else uses
 * them, and marks it rolled back. Refused while a later batch has revised values this one added:
 * that batch must be rolled back first.
 */
export async function rollbackBatch(db: Knex, batchId: number, who: { actor: string; userId?: number | null }): Promise<RollbackResult> {
  return db.transaction(async (trx) => {
    // Deleting and restoring every value of a big batch may outlast a request's statement limit.
    await allowLongStatements(trx);
    const batch = await trx<ImportBatchRow>('import_batches').where('id', batchId).forUpdate().first('id', 'status', 'file_name', 'report');
    if (!batch) throw new NotFoundError('Import batch', String(batchId));
    if (batch.status !== 'committed') {
      throw new RollbackConflictError(`Batch ${batchId} (${batch.file_name}) is "${batch.status}": only a committed batch can be rolled back.`);
    }
    const later: Pick<ImportBatchRow, 'id' | 'file_name'>[] = await trx('observations as o')
      .join('import_batches as b', 'b.id', 'o.superseded_by_batch_id')
      .where('o.import_batch_id', batchId)
      .whereNotNull('o.superseded_by_batch_id')
      .distinct('b.id', 'b.file_name')
      .orderBy('b.id');
    if (later.length) {
      throw new RollbackConflictError(
        `Batch ${batchId} cannot be rolled back: later batch(es) ${later.map((b) => `${b.id} (${b.file_name})`).join(', ')} revised values it added. Roll those back first.`,
      );
    }
    // Counted first: the embedded database's driver does not report affected rows.
    const removed = await countRows(trx('observations').where('import_batch_id', batchId));
    const restored = await countRows(trx('observations').where('superseded_by_batch_id', batchId));
    await trx('observations').where('import_batch_id', batchId).del();
    await trx('observations').where('superseded_by_batch_id', batchId).update({ superseded_at: null, superseded_by_batch_id: null });

    // Indicators this batch created go too, unless something else now refers to them.
    const report = (typeof batch.report === 'string' ? JSON.parse(batch.report) : batch.report) as {
      indicators?: { code: string; created: boolean }[];
    } | null;
    const createdCodes = (report?.indicators ?? []).filter((i) => i.created).map((i) => i.code);
    const indicatorsRemoved: string[] = [];
    for (const code of createdCodes) {
      const ind = await trx<IndicatorRow>('indicators').where('code', code).first('id');
      if (!ind) continue;
      const [obs, links, targets] = await sideBySide(
        trx,
        () => trx('observations').where('indicator_id', ind.id).first('id'),
        () => trx('indicator_strategies').where('indicator_id', ind.id).first('indicator_id'),
        () => trx('targets').where('indicator_id', ind.id).first('id'),
      );
      if (obs || links || targets) continue;
      await trx('indicators').where('id', ind.id).del();
      indicatorsRemoved.push(code);
    }
    await trx('import_batches').where('id', batchId).update({
      status: 'rolled_back',
      rolled_back_at: trx.fn.now(),
      rolled_back_by: who.userId ?? null,
      rolled_back_by_label: who.actor,
      updated_at: trx.fn.now(),
    });
    await writeAudit(trx, [
      {
        actor: who.actor,
        userId: who.userId,
        action: 'rollback',
        resourceType: 'import_batch',
        resourceId: batchId,
        before: { status: 'committed' },
        after: { status: 'rolled_back', removed, restored, indicatorsRemoved },
      },
    ]);
    return { batchId, removed, restored, indicatorsRemoved };
  });
}
