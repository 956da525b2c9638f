import type { Knex } from 'knex';
import type { IndicatorRow as IndicatorTableRow } from '../../db/rows';

/** What the import needs of an indicator. */
export type IndicatorRow = Pick<IndicatorTableRow, 'id' | 'code' | 'name' | 'source' | 'source_code'>;

/** Codes our indicator table accepts for indicators created from a file. */
export function indicatorCodeFromSource(sourceCode: string): string {
  return sourceCode
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9_.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
}

/**
 * Finds our indicator for a code found in a file: `--map` first, then our own code, then an indicator
 * whose `source_code` is that code (when only one has it).
 */
export class IndicatorResolver {
  private readonly byCode = new Map<string, IndicatorRow>();
  private readonly bySourceCode = new Map<string, IndicatorRow | null>();

  private constructor(rows: IndicatorRow[]) {
    for (const r of rows) {
      this.byCode.set(r.code.toUpperCase(), r);
      if (!r.source_code) continue;
      const k = r.source_code.toUpperCase();
      this.bySourceCode.set(k, this.bySourceCode.has(k) ? null : r);
    }
  }

  static async load(db: Knex): Promise<IndicatorResolver> {
    return new IndicatorResolver(await db<IndicatorTableRow>('indicators').select('id', 'code', 'name', 'source', 'source_code'));
  }

  byOurCode(code: string): IndicatorRow | undefined {
    return this.byCode.get(code.trim().toUpperCase());
  }

  resolve(sourceCode: string, map: Record<string, string>): IndicatorRow | undefined {
    const mapped = Object.entries(map).find(([from]) => from.toUpperCase() === sourceCode.trim().toUpperCase());
    if (mapped) return this.byOurCode(mapped[1]);
    return this.byOurCode(sourceCode) ?? this.bySourceCode.get(sourceCode.trim().toUpperCase()) ?? undefined;
  }
}
