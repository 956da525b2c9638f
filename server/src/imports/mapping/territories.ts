import type { Knex } from 'knex';
import type { TerritoryRow } from '../../db/rows';

type TerritoryRef = Pick<TerritoryRow, 'id' | 'code' | 'name' | 'level' | 'istat_code' | 'nuts_code' | 'uts_code' | 'cadastral_code'>;

export type TerritoryMatch = { id: number } | { ambiguous: string[] } | null;

const normName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Resolves the territory codes files use to our territories, in this order: our own code (ISTAT comune
 * code, NUTS code, zone code); the ISTAT code (comuni `001272`, region `01`, UTS `201`); the NUTS code and
 * the UTS code of a territory that is not a comune (a comune's NUTS/UTS columns name its province); an
 * ISTAT comune code written without leading zeros (`1272`); the cadastral code (`L219`); last the name,
 * when only one territory has it. Codes shared by two territories at the same step are ambiguous.
 */
export class TerritoryResolver {
  private readonly keys = new Map<string, number | string[]>();
  private readonly names = new Map<number, string>();

  private constructor(rows: TerritoryRef[]) {
    const steps: ((t: TerritoryRef) => (string | null)[])[] = [
      (t) => [t.code],
      (t) => [t.istat_code],
      (t) => (t.level === 'comune' ? [] : [t.nuts_code, t.uts_code]),
      (t) => [t.cadastral_code],
      (t) => [`name:${normName(t.name)}`],
    ];
    for (const t of rows) this.names.set(t.id, `${t.code} ${t.name} (${t.level})`);
    for (const step of steps) {
      const found = new Map<string, Set<number>>();
      for (const t of rows) {
        for (const key of step(t)) {
          if (!key) continue;
          const k = key.startsWith('name:') ? key : key.toUpperCase();
          if (this.keys.has(k)) continue;
          if (!found.has(k)) found.set(k, new Set());
          found.get(k)!.add(t.id);
        }
      }
      for (const [k, ids] of found) {
        this.keys.set(k, ids.size === 1 ? [...ids][0]! : [...ids].map((id) => this.names.get(id)!));
      }
    }
  }

  static async load(db: Knex): Promise<TerritoryResolver> {
    const rows = await db<TerritoryRow>('territories').select('id', 'code', 'name', 'level', 'istat_code', 'nuts_code', 'uts_code', 'cadastral_code');
    return new TerritoryResolver(rows);
  }

  resolve(raw: string): TerritoryMatch {
    const code = raw.trim();
    if (!code) return null;
    const upper = code.toUpperCase();
    const candidates = [upper];
    if (/^\d{1,5}$/.test(code)) candidates.push(code.padStart(6, '0'));
    candidates.push(`name:${normName(code)}`);
    for (const k of candidates) {
      const hit = this.keys.get(k);
      if (hit === undefined) continue;
      return typeof hit === 'number' ? { id: hit } : { ambiguous: hit };
    }
    return null;
  }
}
