import { type AnyRouteDef, defineRoute, type RouteAuth } from '../../../http/route-def';
import { indicatorParams } from '../../../contract/indicators';
import { backofficeIndicatorDetail, backofficeIndicatorList, backofficeIndicatorQuery } from '../../../contract/indicator-drafts';
import { getBackofficeIndicator, listBackofficeIndicators, setPublished } from './publication-service';

const TAG = 'Indicatori / Indicators';
const ANALYSTS: RouteAuth = { roles: ['analyst'] };

/**
 * Drafts (issue 14, item 2): the back-office reads drafts and published indicators (never cached: the
 * public routes stay the same for everyone and show published indicators only); publishing and
 * withdrawing are the analysts' writes, each in the audit log.
 */
export const indicatorPublicationRoutes: AnyRouteDef[] = [
  defineRoute({
    method: 'get',
    path: '/api/backoffice/indicators',
    auth: ANALYSTS,
    tag: TAG,
    summary: 'Indicatori, bozze comprese / Indicators, drafts included',
    description:
      'The catalogue as the back-office sees it: drafts and published indicators (status=draft or published for one of them), each with its publication status and the fields publishing still needs; the same filters and pages as /api/indicators, and how many drafts there are.',
    query: backofficeIndicatorQuery,
    response: backofficeIndicatorList,
    handler: ({ db, query }) => listBackofficeIndicators(db, query),
  }),
  defineRoute({
    method: 'get',
    path: '/api/backoffice/indicators/:code',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: 'Scheda indicatore, anche in bozza / Indicator, draft or published',
    description: 'The detail of /api/indicators/:code, for drafts too, with the publication status and the fields publishing still needs.',
    params: indicatorParams,
    response: backofficeIndicatorDetail,
    handler: ({ db, params }) => getBackofficeIndicator(db, params.code),
  }),
  defineRoute({
    method: 'post',
    path: '/api/indicators/:code/publish',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: "Pubblica l'indicatore / Publish the indicator",
    description:
      'Makes a draft public: its page, values, targets and strategy links appear on the site. It needs a name other than its code, a unit, a source (agency or URL), a polarity (neutral is a valid choice) and a licence: a 422 lists each missing field by name (errors[].name) and changes nothing. Publishing a published indicator changes nothing. Audited (publish).',
    params: indicatorParams,
    response: backofficeIndicatorDetail,
    problems: [422],
    handler: ({ db, params, actor }) => setPublished(db, actor!, params.code, true),
  }),
  defineRoute({
    method: 'post',
    path: '/api/indicators/:code/unpublish',
    auth: ANALYSTS,
    notFound: true,
    tag: TAG,
    summary: "Ritira l'indicatore / Unpublish the indicator",
    description: 'Makes a published indicator a draft again: the site no longer shows it, its values, targets or strategy links; the back-office keeps it. Audited (unpublish).',
    params: indicatorParams,
    response: backofficeIndicatorDetail,
    handler: ({ db, params, actor }) => setPublished(db, actor!, params.code, false),
  }),
];
