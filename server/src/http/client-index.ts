import type { RequestHandler } from 'express';
import type { Knex } from 'knex';
import { embeddablePage } from '../contract/embed';
import { pageTitle } from '../embed/page-title';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html for client routes. An indicator or strategy page also gets its oEmbed discovery link
 * in <head>, so crawlers and CMSs find the embed without running the page's JavaScript.
 */
export function clientIndex(indexHtml: Buffer, db: Knex): RequestHandler {
  const html = indexHtml.toString('utf8');
  return async (req, res, next) => {
    try {
      res.set('Cache-Control', 'no-cache').type('html');
      const page = embeddablePage(req.path, new URLSearchParams(req.url.split('?')[1] ?? ''));
      const title = page && (await pageTitle(db, page));
      if (!title || !html.includes('</head>')) {
        res.send(indexHtml);
        return;
      }
      const origin = `${req.protocol}://${req.host}`;
      const href = `${origin}/api/oembed?url=${encodeURIComponent(`${origin}${req.originalUrl}`)}&format=json`;
      const link = `<link rel="alternate" type="application/json+oembed" href="${escapeAttr(href)}" title="${escapeAttr(title)}">`;
      res.send(html.replace('</head>', `${link}\n</head>`));
    } catch (err) {
      next(err);
    }
  };
}
