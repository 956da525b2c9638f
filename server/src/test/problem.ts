import type { Response } from 'supertest';
import type { InputIssue } from '../errors/errors';

/** A problem+json body (RFC 9457) as the API's error handler writes it, with its extension members. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** The fields, parameters or rows at fault. */
  errors?: InputIssue[];
  [extension: string]: unknown;
};

/**
 * Asserts that `res` is a problem+json answer with HTTP status `status` (the status line, the
 * Content-Type and the body's own `status`) and returns its body, for the caller to check the
 * type, the detail and the fields at fault. On failure jest shows the whole answer.
 */
export function problem(res: Pick<Response, 'status' | 'headers' | 'text'>, status: number): Problem {
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = res.text;
  }
  const seen = { status: res.status, contentType: res.headers['content-type'] as unknown, body };
  expect(seen).toMatchObject({ status, contentType: expect.stringMatching(/^application\/problem\+json(;|$)/), body: { status } });
  return body as Problem;
}
