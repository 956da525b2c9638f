import type { Knex } from 'knex';
import type { ImportOptions } from '../../../contract/imports';
import { IndicatorResolver } from '../../mapping/indicators';
import { TerritoryResolver } from '../../mapping/territories';
import type { RawRecord } from '../../readers/types';
import type { StageRow } from '../stage';
import { FilterStep } from './filter-step';
import { IndicatorStep } from './indicator-step';
import { PeriodStep } from './period-step';
import { FILTERED, MISSING, type Rejection } from './rejections';
import { TerritoryStep } from './territory-step';
import { mapRecordFlags, mapValue } from './value-step';

/**
 * Maps one record of the file to a row to stage: filters → indicator → territory → period → value →
 * flags, each step giving its field or why the record cannot be staged.
 */
export class RecordMapper {
  private readonly periods = new PeriodStep();

  constructor(
    readonly filters: FilterStep,
    readonly indicators: IndicatorStep,
    private readonly territories: TerritoryStep,
  ) {}

  /** The mapper for an import: our territories and indicators, as the transaction sees them. */
  static async load(trx: Knex, options: ImportOptions): Promise<RecordMapper> {
    const territories = await TerritoryResolver.load(trx);
    const indicators = await IndicatorResolver.load(trx);
    return new RecordMapper(new FilterStep(options.filters), new IndicatorStep(indicators, options), new TerritoryStep(territories));
  }

  map(r: RawRecord): StageRow | Rejection {
    if (!this.filters.keeps(r)) return FILTERED;
    if (r.value === null) return MISSING;
    const indicatorId = this.indicators.map(r);
    // The territory is checked even when the indicator is unknown or missing: one run reports both.
    const territoryId = this.territories.map(r);
    if (typeof indicatorId !== 'number' && indicatorId.kind === 'no-indicator') {
      return typeof territoryId === 'number' ? indicatorId : { kind: 'unknown-codes', codes: [territoryId], noIndicator: true };
    }
    if (typeof territoryId !== 'number') {
      return typeof indicatorId === 'number' ? territoryId : { kind: 'unknown-codes', codes: [indicatorId, territoryId] };
    }
    if (typeof indicatorId !== 'number') return indicatorId;
    const period = this.periods.map(r);
    if ('kind' in period) return period;
    const value = mapValue(r, r.value);
    if (typeof value !== 'number') return value;
    const flags = mapRecordFlags(r);
    return {
      indicatorId,
      territoryId,
      period: period.period,
      periodStart: period.start,
      value,
      provisional: flags.provisional,
      estimated: flags.estimated,
      breakInSeries: flags.breakInSeries,
      sourceFlag: flags.sourceFlag,
      sourceRow: r.row,
    };
  }
}
