import { httpUrl } from './common';

const MESSAGE = 'must be an http(s) URL';

/** The same rule for text read from a file: null when `value` is a link we store, otherwise what is wrong. */
export const httpUrlProblem = (value: string): string | null => (httpUrl.safeParse(value).success ? null : `"${value}" ${MESSAGE}`);
