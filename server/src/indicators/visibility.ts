import type { Knex } from 'knex';

/**
 * The one rule of draft indicators (issue 14, item 2): an indicator is public once published. Every
 * public read (lists, pages, observations, dashboards, downloads, figures, embeds, reports, roll-ups)
 * goes through these helpers, and so ignores drafts with their observations, targets and strategy
 * links. Public answers are cached and identical for everyone, signed in or not: only the back-office
 * routes (analysts, admins; never cached) read drafts, by not calling them.
 */
export const PUBLISHED = 'published';

/** Keeps the published indicators of a query that reads `indicators as <alias>` (or joins it). */
export function publishedOnly<Q extends Knex.QueryBuilder>(qb: Q, alias = 'i'): Q {
  return qb.where(`${alias}.status`, PUBLISHED) as Q;
}

/** Keeps the rows whose `column` (an indicator id: observations, targets, links) is a published indicator's. */
export function ofPublishedIndicator<Q extends Knex.QueryBuilder>(qb: Q, column: string): Q {
  return qb.whereIn(column, function (this: Knex.QueryBuilder) {
    void this.from('indicators').where('status', PUBLISHED).select('id');
  }) as Q;
}

/** The SQL condition of `ofPublishedIndicator`, for raw subqueries (`column` must be a trusted identifier). */
export const publishedIndicatorSql = (column: string) => `${column} in (select id from indicators where status = '${PUBLISHED}')`;
