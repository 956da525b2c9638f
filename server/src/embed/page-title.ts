import type { Knex } from 'knex';
import type { EmbeddablePage } from '../contract/embed';
import type { IndicatorRow, StrategyRow } from '../db/rows';
import { publishedOnly } from '../indicators/visibility';

export type PageLanguage = 'it' | 'en';

export const languageOfPage = (page: EmbeddablePage): PageLanguage => (page.search.get('lang') === 'en' ? 'en' : 'it');

/** The title of an embeddable page as its heading reads, or null when the indicator or strategy does not exist. */
export async function pageTitle(db: Knex, page: EmbeddablePage): Promise<string | null> {
  const lang = languageOfPage(page);
  if (page.kind === 'indicator') {
    const row = await publishedOnly(db('indicators as i').where('i.code', page.code)).first<Pick<IndicatorRow, 'name' | 'name_en'> | undefined>('i.name', 'i.name_en');
    if (!row) return null;
    return lang === 'en' && row.name_en ? row.name_en : row.name;
  }
  const row = await db('strategies as s')
    .join('plans as p', 'p.id', 's.plan_id')
    .where({ 'p.code': page.plan, 's.code': page.code })
    .first<Pick<StrategyRow, 'code' | 'title'> | undefined>('s.code', 's.title');
  if (!row) return null;
  return `${lang === 'en' ? 'Strategy' : 'Strategia'} ${row.code} – ${row.title}`;
}
