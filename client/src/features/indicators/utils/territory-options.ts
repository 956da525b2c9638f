import type { Coverage, CoveredTerritory, TerritoryLevel } from '@psm/server/contract';

/**
 * The order comparisons are offered in after the plan's own territory: wider areas, then finer ones.
 * An order of our own, not the contract's list (TERRITORY_LEVELS): the compiler checks each level.
 */
const LEVEL_ORDER = ['citta_metropolitana', 'regione', 'stato', 'zona_omogenea', 'comune', 'provincia', 'ripartizione'] as const satisfies readonly TerritoryLevel[];
const rank = (level: string) => {
  const i = (LEVEL_ORDER as readonly string[]).indexOf(level);
  return i < 0 ? LEVEL_ORDER.length : i;
};

/**
 * The territories the page offers: only those with values (the coverage), the plan's territory
 * first, then region, country, zone omogenee and comuni. The position also fixes each territory's
 * colour, so switching one off does not repaint the others.
 */
export function offeredTerritories(coverage: readonly Coverage[], focusCode: string | undefined): CoveredTerritory[] {
  return coverage
    .map((c) => c.territory)
    .sort((a, b) => {
      if (a.code === focusCode) return -1;
      if (b.code === focusCode) return 1;
      return rank(a.level) - rank(b.level) || a.code.localeCompare(b.code);
    });
}

/** Levels shown by default next to the plan's territory. */
const DEFAULT_LEVELS = new Set(['regione', 'stato']);

/** Plan territory + region + country, those that have data; else the first territory offered. */
export function defaultSelection(offered: readonly CoveredTerritory[], focusCode: string | undefined): string[] {
  const picked = offered.filter((t) => t.code === focusCode || DEFAULT_LEVELS.has(t.level)).map((t) => t.code);
  if (picked.length > 0) return picked;
  return offered.length > 0 ? [offered[0]!.code] : [];
}

/** The codes asked for that are offered, in the offered order (so URLs and requests are deterministic). */
export function normaliseSelection(asked: readonly string[], offered: readonly CoveredTerritory[]): string[] {
  const wanted = new Set(asked);
  return offered.filter((t) => wanted.has(t.code)).map((t) => t.code);
}
