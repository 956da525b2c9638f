import { TERRITORY_LEVELS, type TerritoryLevel } from '@psm/server/contract/values';
import type { Territory } from '@psm/server/contract';
import type { SearchOption } from '../../../components/forms/search-select';

/** From the widest (Italy) to the smallest (comuni), as one looks for a territory. */
const LEVEL_ORDER = [...TERRITORY_LEVELS].reverse();

/**
 * The territories as the pickers' choices (about 330: a list one types in, SearchSelect), widest level
 * first, each "name (code) · level" so a code, a name or the level finds it. Suppressed codes (merged
 * comuni) are left out: nothing new is recorded for them.
 */
export function territoryOptions(items: readonly Territory[], levelLabel: (level: TerritoryLevel) => string): SearchOption[] {
  return LEVEL_ORDER.flatMap((level) =>
    items.filter((x) => x.level === level && !x.suppressed).map((x) => ({ value: x.code, label: `${x.name} (${x.code}) · ${levelLabel(level)}` })),
  );
}
