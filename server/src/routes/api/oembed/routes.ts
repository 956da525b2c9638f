import { oembedQuery, oembedResponse } from '../../../contract/oembed';
import { type AnyRouteDef, defineRoute } from '../../../http/route-def';
import { oembedFor } from './service';

export const oembedRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/oembed',
    notFound: true,
    tag: 'Condivisione / Sharing',
    summary: 'oEmbed di una pagina / oEmbed of a page',
    description:
      'oEmbed 1.0 (https://oembed.com): for the address of an indicator or strategy page of this site, a "rich" answer whose html is the <iframe> of its /embed version. 404 for any other address, 501 for format=xml.',
    query: oembedQuery,
    response: oembedResponse,
    problems: [501],
    handler: ({ db, query, client }) => oembedFor(db, query, client.origin),
  }),
];
