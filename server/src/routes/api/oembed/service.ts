import type { Knex } from 'knex';
import { EMBED_SIZE, embeddablePage, embedIframe, embedPath } from '../../../contract/embed';
import type { OembedQuery, OembedResponse } from '../../../contract/oembed';
import { pageTitle } from '../../../embed/page-title';
import { AppError, InvalidParamsError, NotFoundError } from '../../../errors/errors';

export const PROVIDER_NAME = 'Città metropolitana di Torino – Monitoraggio PSM';

/** oEmbed does not define XML answers we would send: 501, as §2.3.4 of the specification asks. */
class FormatNotImplementedError extends AppError {
  constructor() {
    super(501, 'not-implemented', 'Formato non disponibile / Format not implemented', 'Only format=json is offered.', [{ name: 'format', message: 'only json is offered' }]);
  }
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new InvalidParamsError([{ name: 'url', message: 'must be an absolute http(s) URL' }]);
  }
}

/**
 * The "rich" oEmbed answer for a page of this site (`origin`, as the request reached it): the
 * <iframe> of its /embed version, sized within the consumer's limits. Any other address is 404.
 */
export async function oembedFor(db: Knex, query: OembedQuery, origin: string): Promise<OembedResponse> {
  const url = parseUrl(query.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidParamsError([{ name: 'url', message: 'must be an absolute http(s) URL' }]);
  if (query.format === 'xml') throw new FormatNotImplementedError();
  const page = url.origin === origin ? embeddablePage(url.pathname, url.searchParams) : null;
  const title = page && (await pageTitle(db, page));
  if (!page || !title) throw new NotFoundError('Embeddable page', query.url);
  const width = Math.min(EMBED_SIZE.width, query.maxwidth ?? Infinity);
  const height = Math.min(EMBED_SIZE.height[page.kind], query.maxheight ?? Infinity);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: PROVIDER_NAME,
    provider_url: `${origin}/`,
    html: embedIframe(`${origin}${embedPath(page)}`, title, width, height),
    width,
    height,
    cache_age: 3600,
  };
}
