import type { ActionRow } from '@psm/server/contract';
import { ACTION_FILTER_NO_OFFICE, ACTION_FILTER_NO_UPDATE, ACTION_FILTER_TO_UPDATE } from '@psm/server/contract/values';

/** The explorer's view state as URL parameters (Italian names, so a shared link reads well). */
export const FILTER_DEFAULTS = {
  q: '',
  asse: '',
  strategia: '',
  stato: '',
  zona: '',
  ufficio: '',
  fonte: '',
  /** `si`: only the overdue actions. */
  ritardo: '',
  ordine: 'codice',
  verso: 'asc',
};
export type ActionFilters = Record<keyof typeof FILTER_DEFAULTS, string>;
export type FilterKey = 'asse' | 'strategia' | 'stato' | 'zona' | 'ufficio' | 'fonte' | 'ritardo';
export const FILTER_KEYS: readonly FilterKey[] = ['asse', 'strategia', 'stato', 'zona', 'ufficio', 'fonte', 'ritardo'];
/** The "solo in ritardo" filter's value in the URL. */
export const OVERDUE_ONLY = 'si';

/** Pseudo-statuses: a hyphen never occurs in a status code, so they cannot clash with the vocabulary. */
export const NO_UPDATE = ACTION_FILTER_NO_UPDATE;
export const TO_UPDATE = ACTION_FILTER_TO_UPDATE;
/** Office filter value for actions with no office. */
export const NO_OFFICE = ACTION_FILTER_NO_OFFICE;

export const SORT_KEYS = ['codice', 'stato', 'avanzamento'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export const sortKeyOf = (v: string): SortKey => ((SORT_KEYS as readonly string[]).includes(v) ? (v as SortKey) : 'codice');
export const directionOf = (v: string): SortDirection => (v === 'desc' ? 'desc' : 'asc');

/** Lower case without accents, so "attivita" finds "attività". */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

function matchesStatus(row: ActionRow, stato: string): boolean {
  if (!stato) return true;
  if (stato === NO_UPDATE) return row.status === null;
  if (stato === TO_UPDATE) return row.toUpdate;
  return row.status?.code === stato;
}

/** The server filters the actions download the same way (`server/src/actions/table-filter.ts`). */
export function matchesFilters(row: ActionRow, f: ActionFilters): boolean {
  const q = fold(f.q.trim());
  if (q && !fold(`${row.code} ${row.title}`).includes(q)) return false;
  if (f.asse && row.axis.code !== f.asse) return false;
  if (f.strategia && row.strategy.code !== f.strategia) return false;
  if (!matchesStatus(row, f.stato)) return false;
  if (f.zona && !row.zones.some((z) => z.code === f.zona)) return false;
  if (f.ufficio && (f.ufficio === NO_OFFICE ? row.office !== null : row.office?.code !== f.ufficio)) return false;
  if (f.fonte && !row.fundingSources.includes(f.fonte)) return false;
  if (f.ritardo === OVERDUE_ONLY && !row.overdue) return false;
  return true;
}

/** 1.2.10 after 1.2.9: codes compare part by part as numbers. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Sorted copy. Status follows the vocabulary's order (no update first); actions without a progress
 * stay last in both directions, since "unknown" is neither high nor low. Ties keep code order.
 */
export function sortActions(rows: readonly ActionRow[], key: SortKey, dir: SortDirection, statusPosition: ReadonlyMap<string, number>): ActionRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let d = 0;
    if (key === 'stato') {
      const pos = (r: ActionRow) => (r.status ? (statusPosition.get(r.status.code) ?? 9999) : -1);
      d = sign * (pos(a) - pos(b));
    } else if (key === 'avanzamento') {
      if (a.progress === null || b.progress === null) d = a.progress === b.progress ? 0 : a.progress === null ? 1 : -1;
      else d = sign * (a.progress - b.progress);
    } else {
      d = sign * compareCodes(a.code, b.code);
    }
    return d !== 0 ? d : compareCodes(a.code, b.code);
  });
}

export type Option = { value: string; label: string };

function unique<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const i of items) if (!seen.has(key(i))) seen.set(key(i), i);
  return [...seen.values()];
}

/** The choices each filter offers, from the actions themselves (only what occurs), in code order. */
export function filterOptions(rows: readonly ActionRow[], axis: string) {
  const axes = unique(rows.map((r) => r.axis), (a) => a.code).sort((a, b) => compareCodes(a.code, b.code));
  const strategies = unique(
    rows.filter((r) => !axis || r.axis.code === axis).map((r) => r.strategy),
    (s) => s.code,
  ).sort((a, b) => compareCodes(a.code, b.code));
  const zones = unique(rows.flatMap((r) => r.zones), (z) => z.code).sort((a, b) => a.code.localeCompare(b.code));
  const offices = unique(rows.flatMap((r) => (r.office ? [r.office] : [])), (o) => o.code).sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const fundingSources = [...new Set(rows.flatMap((r) => r.fundingSources))].sort();
  const anyWithoutOffice = rows.some((r) => r.office === null);
  return { axes, strategies, zones, offices, fundingSources, anyWithoutOffice };
}
