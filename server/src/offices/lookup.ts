import type { Knex } from 'knex';
import { InvalidParamsError } from '../errors/errors';
import type { OfficeRow } from '../db/rows';

/**
 * The id of the office a new choice names (a user's, an action's, a department): 400 naming `field`
 * when no office has that code or it is retired (retired offices stay on old records only).
 * `keep` is the office already chosen: keeping a retired one is not a new choice.
 */
export async function activeOfficeId(trx: Knex, code: string, field: string, keep?: number | null): Promise<number> {
  const office = await trx<OfficeRow>('offices').where({ code }).first('id', 'retired_at');
  if (!office) throw new InvalidParamsError([{ name: field, message: `no office with code "${code}"` }]);
  if (office.retired_at && office.id !== keep) throw new InvalidParamsError([{ name: field, message: `office "${code}" is retired: choose an active office` }]);
  return office.id;
}
