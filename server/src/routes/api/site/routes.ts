import { siteInfo } from '../../../contract/site';
import { type AnyRouteDef, defineRoute } from '../../../http/route-def';

/** The software's own facts for the footer: where its code is and under which licence. */
export function siteRoutes(opts: { sourceCodeUrl?: string }): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/site',
      tag: 'Sito / Site',
      summary: 'Codice sorgente e licenza / Source code and licence',
      description: 'The address of the code repository (SOURCE_CODE_URL; null when unset) and the software licence (EUPL 1.2), as the footer links them.',
      response: siteInfo,
      publicCache: true,
      handler: async () => ({
        sourceCodeUrl: opts.sourceCodeUrl ?? null,
        softwareLicence: { name: 'EUPL 1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
      }),
    }),
  ];
}
