import { Router } from 'express';
import type { AnyRouteDef } from '../../../http/route-def';
import { renderDocsPage } from './docs-page';
import { buildOpenApi } from './openapi';

export function docsRouter(routes: AnyRouteDef[], version: string): Router {
  const doc = buildOpenApi(routes, version);
  const html = renderDocsPage(doc as Parameters<typeof renderDocsPage>[0]);
  const router = Router();
  router.get('/api/openapi.json', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(doc);
  });
  router.get(['/api/docs', '/api/docs/'], (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').type('html').send(html);
  });
  return router;
}
