import { paths } from '../../../lib/paths';

/**
 * Where to go after signing in (without `lang`: the language stays the one of the login page): `next` only when it is a path of this site ("/…", not "//host" or
 * "/\host", which browsers read as another site), never the login page itself; else the back-office.
 */
export function safeNext(next: string | null, origin = window.location.origin): string {
  const fallback = paths.backOffice.home();
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters (tab, newline) are stripped by URL parsers
  if (/[\u0000-\u001f\\]/.test(next)) return fallback;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin || url.pathname.startsWith('/accedi')) return fallback;
    // The language follows the page the user is on now, not the one they came from.
    url.searchParams.delete('lang');
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
