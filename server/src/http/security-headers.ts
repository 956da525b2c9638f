import type { RequestHandler } from 'express';
import { EMBED_PREFIX } from '../contract/embed';

/**
 * The built client loads only its own scripts, styles and data. Styles allow 'unsafe-inline' for
 * the docs page's <style> and the charts' style attributes; scripts never run inline.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CONTENT_SECURITY_POLICY = [...POLICY, "frame-ancestors 'self'"].join('; ');

/** The embeddable pages (/embed/…) may be framed by any site; nothing else may (clickjacking). */
export const EMBED_CONTENT_SECURITY_POLICY = [...POLICY, 'frame-ancestors *'].join('; ');

const isEmbedPath = (path: string) => path.startsWith(`${EMBED_PREFIX}/`);

/** Headers on every answer; HSTS only over HTTPS (req.secure honours TRUST_PROXY behind a proxy). */
export const securityHeaders: RequestHandler = (req, res, next) => {
  const embed = isEmbedPath(req.path);
  res.set({
    'Content-Security-Policy': embed ? EMBED_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  // X-Frame-Options has no "any site": embeddable pages go without it and rely on frame-ancestors.
  if (!embed) res.set('X-Frame-Options', 'SAMEORIGIN');
  if (req.secure) res.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  next();
};
