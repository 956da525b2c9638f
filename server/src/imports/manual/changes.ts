import type { Knex } from 'knex';
import type { ValueChange, ValueState } from '../../contract/indicator-values';
import { KEY, SAME } from '../pipeline/apply';

/** Changes listed in a report: the counts have them all. */
export const MAX_CHANGES = 500;

type ChangeRow = {
  code: string;
  name: string;
  period: string;
  value: string | number;
  provisional: boolean;
  estimated: boolean;
  break_in_series: boolean;
  note: string | null;
  source_document: string | null;
  old_id: string | number | null;
  old_value: string | number | null;
  old_provisional: boolean | null;
  old_estimated: boolean | null;
  old_break_in_series: boolean | null;
  old_note: string | null;
  old_source_document: string | null;
};

const state = (r: ChangeRow, p: '' | 'old_'): ValueState => ({
  value: Number(r[`${p}value`]),
  provisional: Boolean(r[`${p}provisional`]),
  estimated: Boolean(r[`${p}estimated`]),
  breakInSeries: Boolean(r[`${p}break_in_series`]),
  note: r[`${p}note`],
  sourceDocument: r[`${p}source_document`],
});

/** What the staged rows would change, value by value (before → after), in territory and period order. */
export async function listChanges(trx: Knex): Promise<{ changes: ValueChange[]; changesTruncated: boolean }> {
  const rows = (
    await trx.raw(
      `select t.code, t.name, s.period, s.value, s.provisional, s.estimated, s.break_in_series, s.note, s.source_document,
              o.id as old_id, o.value as old_value, o.provisional as old_provisional, o.estimated as old_estimated,
              o.break_in_series as old_break_in_series, o.note as old_note, o.source_document as old_source_document
       from import_stage s join territories t on t.id = s.territory_id
       left join observations o on ${KEY}
       where o.id is null or not (${SAME})
       order by t.code, s.period_start limit ?`,
      [MAX_CHANGES + 1],
    )
  ).rows as ChangeRow[];
  return {
    changes: rows.slice(0, MAX_CHANGES).map((r) => ({
      territory: { code: r.code, name: r.name },
      period: r.period,
      before: r.old_id === null ? null : state(r, 'old_'),
      after: state(r, ''),
    })),
    changesTruncated: rows.length > MAX_CHANGES,
  };
}
