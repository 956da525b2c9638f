import type { StrategyIndicators, StrategyIndicatorsInput } from '@psm/server/contract';

/** One linked indicator as the editor holds it (rationale as typed). */
export type LinkItem = { indicator: string; name: string; demonstration: boolean; rationale: string };

export const itemsOf = (s: StrategyIndicators): LinkItem[] =>
  [...s.items]
    .sort((a, b) => a.position - b.position)
    .map((i) => ({ indicator: i.indicator, name: i.name, demonstration: i.demonstration, rationale: i.rationale ?? '' }));

/** The PUT body: the list in its order (order = position), empty rationales as null. */
export const bodyOf = (items: readonly LinkItem[]): StrategyIndicatorsInput => ({
  items: items.map((i) => ({ indicator: i.indicator, demonstration: i.demonstration, rationale: i.rationale.trim() || null })),
});

/** The list with item `from` moved by `by` places (−1 up, +1 down); unchanged at the ends. */
export function move<T>(list: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export const sameItems = (a: readonly LinkItem[], b: readonly LinkItem[]) =>
  a.length === b.length &&
  a.every((x, i) => x.indicator === b[i]!.indicator && x.demonstration === b[i]!.demonstration && x.rationale.trim() === b[i]!.rationale.trim());
