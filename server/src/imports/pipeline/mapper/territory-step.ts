import type { TerritoryResolver } from '../../mapping/territories';
import type { RawRecord } from '../../readers/types';
import { unknownCode, type UnknownCode } from './rejections';

/** What the step needs of the territory table: a fake in tests. */
export type TerritoryLookup = Pick<TerritoryResolver, 'resolve'>;

/** Our territory for a record's code (ISTAT, NUTS, UTS, cadastral code or a unique name); each code is resolved once. */
export class TerritoryStep {
  private readonly byCode = new Map<string, number | UnknownCode>();

  constructor(private readonly lookup: TerritoryLookup) {}

  map(r: RawRecord): number | UnknownCode {
    const code = r.dimensions[r.territoryDim] ?? '';
    let hit = this.byCode.get(code);
    if (hit === undefined) this.byCode.set(code, (hit = this.resolve(code, r)));
    return hit;
  }

  private resolve(code: string, r: RawRecord): number | UnknownCode {
    const hit = this.lookup.resolve(code);
    if (hit && 'id' in hit) return hit.id;
    if (hit) return unknownCode(r.territoryDim, 'territory.ambiguous', { code, candidates: hit.ambiguous });
    if (code === '') return unknownCode(r.territoryDim, 'territory.empty', {});
    return unknownCode(r.territoryDim, 'territory.unknown', { code, label: r.labels?.[r.territoryDim] ?? null, dimension: r.territoryDim });
  }
}
