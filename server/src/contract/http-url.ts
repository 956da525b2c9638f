import { z } from 'zod';

const MESSAGE = 'must be an http(s) URL';

/**
 * A link a user or a file may store: http or https only (never javascript:, data:, file:…), written as
 * the database's `*_url` checks (`~* '^https?://'`) accept it.
 */
export const httpUrl = z.url({ protocol: /^https?$/, message: MESSAGE, abort: true }).regex(/^https?:\/\//i, MESSAGE);

/** The same rule for text read from a file: null when `value` is a link we store, otherwise what is wrong. */
export const httpUrlProblem = (value: string): string | null => (httpUrl.safeParse(value).success ? null : `"${value}" ${MESSAGE}`);
