import type { Knex } from 'knex';
import { writeAudit } from '../../../audit/audit';
import type { Actor } from '../../../auth/roles';
import { AppError } from '../../../errors/errors';
import { isUniqueViolation } from '../../../errors/sql-state';
import type { IndicatorCreate, IndicatorDetail } from '../../../contract/indicators';
import type { IndicatorRow } from '../../../db/rows';
import { toIndicatorMeta } from '../../../indicators/meta';
import { columns } from './edit-service';
import { getIndicator } from './service';

/** An indicator with the same code (in any case) exists (409): choose another code. */
export class IndicatorExistsError extends AppError {
  constructor(code: string) {
    super(409, 'conflict', 'Conflitto / Conflict', `Indicator "${code}" already exists: choose another code.`, [
      { name: 'code', message: 'is already used by another indicator' },
    ]);
  }
}

/**
 * Creates an indicator from the analyst's form (typically a constructed one, whose values are then typed
 * in the value grid), in one transaction with its audit entry. Answers the indicator's detail.
 */
export async function createIndicator(db: Knex, actor: Actor, body: IndicatorCreate): Promise<IndicatorDetail> {
  const { code, source, kind, ...meta } = body;
  try {
    return await db.transaction(async (trx) => {
      const same = await trx<IndicatorRow>('indicators').whereRaw('upper(code) = ?', [code.toUpperCase()]).first('id');
      if (same) throw new IndicatorExistsError(code);
      const [row] = await trx<IndicatorRow>('indicators')
        .insert({ ...columns(meta), code, source, kind })
        .returning('*');
      await writeAudit(trx, [
        { actor: actor.actor, userId: actor.userId, action: 'create', resourceType: 'indicator', resourceId: code, after: toIndicatorMeta(row!) },
      ]);
      // A new indicator is a draft until it is published: read it as its author sees it.
      return getIndicator(trx, code, { drafts: true });
    });
  } catch (err) {
    // Two analysts creating the same code at once: the unique index answers for the second.
    if (isUniqueViolation(err)) throw new IndicatorExistsError(code);
    throw err;
  }
}
