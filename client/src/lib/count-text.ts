import { i18n } from '../i18n/i18n';
import { formatNumber } from './format';

/** What `counts` in the common messages counts (i18n/common.ts). */
export type CountKey =
  | 'new'
  | 'updated'
  | 'changed'
  | 'unchanged'
  | 'withoutValue'
  | 'toInsert'
  | 'toUpdate'
  | 'newValues'
  | 'previousValues'
  | 'values'
  | 'objectives'
  | 'links'
  | 'actionsToUpdate'
  | 'actionsUpdated'
  | 'withoutChanges'
  | 'rowsInFile'
  | 'rowsRead'
  | 'rowsFilteredOut'
  | 'emptyRows';

/**
 * "1 valore precedente", "3 valori precedenti": a number with its noun in the plural form the number
 * asks for, in the current language. Sentences naming several counts compose these pieces, since a
 * translation's plural forms follow one count only.
 */
export function countText(key: CountKey, count: number): string {
  return i18n.t(`counts.${key}`, { ns: 'common', count, n: formatNumber(count, 0) });
}
