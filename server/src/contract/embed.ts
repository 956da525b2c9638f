/**
 * The pages of the site that other sites may embed, and the <iframe> that embeds them. No zod here:
 * the client builds the same embed code as the oEmbed endpoint from this module
 * (`@psm/server/contract/embed`).
 */

/** Paths below this prefix may be framed by any site; every other page refuses frames. */
export const EMBED_PREFIX = '/embed';

/** The view parameters an embedded page keeps: territories compared, plan context, language. */
export const EMBED_PARAMS = ['territori', 'piano', 'lang'] as const;

export type EmbeddablePage =
  | { kind: 'indicator'; code: string; search: URLSearchParams }
  | { kind: 'strategy'; plan: string; code: string; search: URLSearchParams };

/** The size an embed asks for when the consumer sets no limit (height per kind of page). */
export const EMBED_SIZE = { width: 720, height: { indicator: 760, strategy: 900 } } as const;

const INDICATOR = /^\/indicatori\/([^/]+)\/?$/;
const STRATEGY = /^\/piani\/([^/]+)\/strategie\/([^/]+)\/?$/;

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The view parameters of `search` an embed keeps, in a fixed order. */
function keptParams(search: URLSearchParams): URLSearchParams {
  const kept = new URLSearchParams();
  for (const name of EMBED_PARAMS) {
    const value = search.get(name);
    if (value) kept.set(name, value);
  }
  return kept;
}

/** The embeddable page a site path names (an indicator or a strategy page), or null. */
export function embeddablePage(pathname: string, search: URLSearchParams | string = ''): EmbeddablePage | null {
  const params = keptParams(typeof search === 'string' ? new URLSearchParams(search) : search);
  const indicator = INDICATOR.exec(pathname);
  if (indicator) {
    const code = decode(indicator[1]!);
    return code ? { kind: 'indicator', code, search: params } : null;
  }
  const strategy = STRATEGY.exec(pathname);
  if (strategy) {
    const plan = decode(strategy[1]!);
    const code = decode(strategy[2]!);
    return plan && code ? { kind: 'strategy', plan, code, search: params } : null;
  }
  return null;
}

const e = encodeURIComponent;

/** The full page's path with the view's parameters. */
export function pagePath(page: EmbeddablePage): string {
  const path = page.kind === 'indicator' ? `/indicatori/${e(page.code)}` : `/piani/${e(page.plan)}/strategie/${e(page.code)}`;
  const query = page.search.toString();
  return query ? `${path}?${query}` : path;
}

/** The embeddable version of the page: the same path and parameters below /embed. */
export const embedPath = (page: EmbeddablePage): string => `${EMBED_PREFIX}${pagePath(page)}`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The <iframe> another site pastes: titled (for screen readers), lazy, without a border. */
export function embedIframe(src: string, title: string, width: number | string, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${escapeHtml(String(width))}" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
