import type { ImportOptions } from '../../../contract/imports';
import { indicatorCodeFromSource, type IndicatorResolver } from '../../mapping/indicators';
import { normalisePeriod, type Period } from '../../mapping/periods';
import type { RawRecord } from '../../readers/types';
import { NO_INDICATOR, unknownCode, type UnknownCode } from './rejections';

/** An indicator --create-indicators adds once the file is valid; until then its rows carry `tempId` (negative). */
export type ToCreate = { tempId: number; sourceCode: string; label: string | null; frequency: Period['frequency']; rows: number };

/** What the step needs of the indicator table: a fake in tests. */
export type IndicatorLookup = Pick<IndicatorResolver, 'byOurCode' | 'resolve'>;

/**
 * Our indicator for a record: the one --indicator names; else the file's code, through --map, our own
 * code or a `source_code`; else, with --create-indicators, one to create from the file's code and label.
 * Each code is resolved once.
 */
export class IndicatorStep {
  /** The indicator --indicator names: every record is one of its values. */
  readonly fixed: number | undefined;
  /** Indicators to create, by the file's code. */
  readonly toCreate = new Map<string, ToCreate>();
  /** The file's first code for each of our indicators it resolved to, for the report. */
  readonly sourceCodes = new Map<number, string>();
  private readonly byCode = new Map<string, number | UnknownCode>();
  private nextTempId = -1;

  constructor(
    private readonly lookup: IndicatorLookup,
    private readonly options: Pick<ImportOptions, 'indicator' | 'map' | 'createIndicators'>,
  ) {
    this.fixed = options.indicator ? lookup.byOurCode(options.indicator)?.id : undefined;
  }

  map(r: RawRecord): number | UnknownCode | typeof NO_INDICATOR {
    if (this.fixed !== undefined) return this.fixed;
    const code = r.indicatorDim ? r.dimensions[r.indicatorDim]! : null;
    if (code === null) return NO_INDICATOR;
    let hit = this.byCode.get(code);
    if (hit === undefined) this.byCode.set(code, (hit = this.resolve(code, r)));
    return hit;
  }

  private resolve(code: string, r: RawRecord): number | UnknownCode {
    const ours = this.lookup.resolve(code, this.options.map ?? {});
    if (ours) {
      if (!this.sourceCodes.has(ours.id)) this.sourceCodes.set(ours.id, code);
      return ours.id;
    }
    if (this.options.createIndicators && indicatorCodeFromSource(code)) {
      const tempId = this.nextTempId--;
      this.toCreate.set(code, {
        tempId,
        sourceCode: code,
        label: r.labels?.[r.indicatorDim!] ?? null,
        frequency: normalisePeriod(r.dimensions[r.timeDim] ?? '')?.frequency ?? 'annual',
        rows: 0,
      });
      return tempId;
    }
    return unknownCode(r.indicatorDim!, 'indicator.unknown', { code });
  }
}
