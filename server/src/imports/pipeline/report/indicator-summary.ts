import type { Knex } from 'knex';
import { indicatorCodeFromSource, type IndicatorRow } from '../../mapping/indicators';
import type { ToCreate } from '../mapper/indicator-step';
import type { ImportReport } from '../types';

/**
 * The report's indicators: each with its values in the file, named as in our table or, for one to
 * create, by the file's code and label. An indicator to create gets its count of rows too: one with
 * none is not created.
 */
export async function indicatorSummary(
  trx: Knex,
  rowsByIndicator: ReadonlyMap<number, number>,
  toCreate: ReadonlyMap<string, ToCreate>,
  sourceCodes: ReadonlyMap<number, string>,
): Promise<ImportReport['indicators']> {
  const created = new Map([...toCreate.values()].map((c) => [c.tempId, c]));
  const ids = [...rowsByIndicator.keys()].filter((id) => id > 0);
  const names = new Map(
    ids.length ? (await trx<IndicatorRow>('indicators').whereIn('id', ids).select('id', 'code', 'name', 'source', 'source_code')).map((i) => [i.id, i]) : [],
  );
  return [...rowsByIndicator.entries()].map(([id, rows]) => {
    const c = created.get(id);
    if (c) {
      c.rows = rows;
      return { sourceCode: c.sourceCode, code: indicatorCodeFromSource(c.sourceCode), name: c.label ?? c.sourceCode, created: true, rows };
    }
    const ind = names.get(id)!;
    return { sourceCode: sourceCodes.get(id) ?? null, code: ind.code, name: ind.name, created: false, rows };
  });
}
