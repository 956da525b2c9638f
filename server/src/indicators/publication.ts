import type { Publication, PublishField } from '../contract/indicator-drafts';
import type { IndicatorRow } from '../db/rows';

const blank = (v: string | null | undefined) => !v || !v.trim();

/**
 * The fields an indicator lacks to be published, in form order. The name must be more than the raw
 * code an import gives it; the source is the agency or the URL of the source (either is enough to
 * cite it); polarity must be set — the column is never empty (neutral by default), and neutral is a
 * valid choice, so it can only be missing in rows written around the schema; the licence says how
 * the data may be reused.
 */
export function missingForPublication(r: Pick<IndicatorRow, 'code' | 'name' | 'unit' | 'source_agency' | 'source_url' | 'polarity' | 'licence'>): PublishField[] {
  const missing: PublishField[] = [];
  if (blank(r.name) || r.name.trim().toUpperCase() === r.code.toUpperCase()) missing.push('name');
  if (blank(r.unit)) missing.push('unit');
  if (blank(r.source_agency) && blank(r.source_url)) missing.push('source');
  if (blank(r.polarity)) missing.push('polarity');
  if (blank(r.licence)) missing.push('licence');
  return missing;
}

/** An indicator's status as the back-office shows it. */
export const publicationOf = (r: IndicatorRow): Publication => ({
  status: r.status === 'published' ? 'published' : 'draft',
  publishedAt: r.published_at ? r.published_at.toISOString() : null,
  missing: missingForPublication(r),
});
