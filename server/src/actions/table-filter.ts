import type { ActionRow } from '../contract/actions';
import type { ActionsDownloadQuery } from '../contract/downloads';
import { ACTION_FILTER_NO_OFFICE, ACTION_FILTER_NO_UPDATE, ACTION_FILTER_TO_UPDATE } from '../contract/values';

/** The filters of the actions page, as the download receives them. */
export type ActionTableFilters = Pick<ActionsDownloadQuery, 'q' | 'axis' | 'strategy' | 'status' | 'zone' | 'office' | 'funding' | 'overdue'>;

/** Lower case without accents, so "attivita" finds "attività". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function matchesStatus(row: ActionRow, status: string | undefined): boolean {
  if (!status) return true;
  if (status === ACTION_FILTER_NO_UPDATE) return row.status === null;
  if (status === ACTION_FILTER_TO_UPDATE) return row.toUpdate;
  return row.status?.code === status;
}

/**
 * Whether an action passes every filter given, as the actions page filters its table
 * (client `features/actions/utils/filter-actions.ts`): a download holds what the page shows.
 */
export function matchesActionFilters(row: ActionRow, f: ActionTableFilters): boolean {
  const q = fold(f.q?.trim() ?? '');
  if (q && !fold(`${row.code} ${row.title}`).includes(q)) return false;
  if (f.axis && row.axis.code !== f.axis) return false;
  if (f.strategy && row.strategy.code !== f.strategy) return false;
  if (!matchesStatus(row, f.status)) return false;
  if (f.zone && !row.zones.some((z) => z.code === f.zone)) return false;
  if (f.office && (f.office === ACTION_FILTER_NO_OFFICE ? row.office !== null : row.office?.code !== f.office)) return false;
  if (f.funding && !row.fundingSources.includes(f.funding)) return false;
  if (f.overdue === 'true' && !row.overdue) return false;
  return true;
}
