import crypto from 'node:crypto';
import { MAX_INT32 } from '../contract/common';
import { InvalidParamsError, PreconditionRequiredError } from '../errors/errors';

/** The default ETag of an answer: a hash of its bytes. */
export const bodyHashEtag = (body: Buffer) => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;

/**
 * The ETag of a versioned resource (an action): its version, then a hash of the representation (so
 * a 304 is right for the exact bytes). If-Match is compared on the version only: two readers of the
 * same version may see different wording (e.g. the "da aggiornare" flag of another semester).
 */
export const versionEtag = (version: number, body: Buffer | string) =>
  `"v${version}-${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`;

const VERSIONED = /^(?:W\/)?"v(\d+)-[^"]*"$/;

/** The version a write is based on, from its If-Match header: 428 without it, 400 when it is not one of our versioned ETags. */
export function ifMatchVersion(header: string | undefined): number {
  if (!header) {
    throw new PreconditionRequiredError(
      'Send the ETag of the action you read (GET /api/plans/{plan}/actions/{code}) in If-Match, so a change saved in the meantime is not overwritten.',
    );
  }
  const m = VERSIONED.exec(header.trim());
  // A version past the 32-bit range names no version an action can have.
  if (!m || Number(m[1]) > MAX_INT32) throw new InvalidParamsError([{ name: 'If-Match', message: 'must be the ETag of the action, e.g. "v3-…"' }]);
  return Number(m[1]);
}
