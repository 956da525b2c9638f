import type { IndicatorListItem } from '@psm/server/contract';

/** The note the import writes on an indicator it creates ("…; definizione, unità e polarità da completare"). */
const CREATED_BY_IMPORT = /Creato dall'importazione|Created by importing/;

export type MissingField = 'definition' | 'unit';

/**
 * What an indicator created by an import still lacks: definition and unit (the polarity has a default,
 * so only the analyst knows whether it was checked). Empty once both are filled in, or for indicators
 * loaded any other way.
 */
export function missingMetadata(i: Pick<IndicatorListItem, 'notes' | 'definition' | 'unit'>): MissingField[] {
  if (!i.notes || !CREATED_BY_IMPORT.test(i.notes)) return [];
  const missing: MissingField[] = [];
  if (!i.definition) missing.push('definition');
  if (!i.unit) missing.push('unit');
  return missing;
}
