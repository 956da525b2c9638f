import { z } from 'zod';
import { indicatorDetail, indicatorListItem, indicatorListQuery } from './indicators';

/** Draft: seen only in the back-office; published: seen by everyone (issue 14, item 2). */
export const INDICATOR_STATUSES = ['draft', 'published'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

/**
 * What publishing needs, by field: `name` (not the raw code), `unit`, `source` (the agency or the
 * source URL), `polarity` (set: neutral is a valid choice) and `licence`.
 */
export const PUBLISH_FIELDS = ['name', 'unit', 'source', 'polarity', 'licence'] as const;
export type PublishField = (typeof PUBLISH_FIELDS)[number];

export const publication = z.object({
  status: z.enum(INDICATOR_STATUSES),
  publishedAt: z.iso.datetime().nullable().describe('When it was (last) published; null for a draft'),
  missing: z.array(z.enum(PUBLISH_FIELDS)).describe('The fields publishing still needs (empty: it can be published)'),
});
export type Publication = z.infer<typeof publication>;

export const backofficeIndicatorQuery = indicatorListQuery.extend({
  status: z.enum(INDICATOR_STATUSES).optional().describe('Only drafts, or only published indicators'),
});
export type BackofficeIndicatorQuery = z.infer<typeof backofficeIndicatorQuery>;

export const backofficeIndicatorItem = indicatorListItem.extend({ publication });
export type BackofficeIndicatorItem = z.infer<typeof backofficeIndicatorItem>;

export const backofficeIndicatorList = z.object({
  items: z.array(backofficeIndicatorItem),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  drafts: z.number().int().describe('Drafts among all indicators (whatever the filters)'),
});
export type BackofficeIndicatorList = z.infer<typeof backofficeIndicatorList>;

export const backofficeIndicatorDetail = indicatorDetail.extend({ publication });
export type BackofficeIndicatorDetail = z.infer<typeof backofficeIndicatorDetail>;
