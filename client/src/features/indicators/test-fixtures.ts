import type { IndicatorDetail, IndicatorListItem, Observation, PlanList, Revision } from '@psm/server/contract';
import type { Series, SeriesPoint } from './types';
import { plan2024Of } from '../../test/fixtures';

const FINAL = { provisional: false, estimated: false, breakInSeries: false };

export function pointOf(period: string, value: number, flags: Partial<typeof FINAL> = {}): SeriesPoint {
  return { period, value, ...FINAL, ...flags };
}

export const TORINO = { code: 'ITC11', name: 'Città metropolitana di Torino', level: 'citta_metropolitana' };
export const PIEMONTE = { code: 'ITC1', name: 'Piemonte', level: 'regione' };
export const ITALIA = { code: 'IT', name: 'Italia', level: 'stato' };

export function seriesOf(territory: Series['territory'], points: SeriesPoint[]): Series {
  return { territory, points };
}

export function observationOf(indicator: string, territory: Series['territory'], p: SeriesPoint): Observation {
  return {
    indicator,
    territory: territory.code,
    territoryName: territory.name,
    ...p,
    unit: '%',
    note: null,
    sourceFile: 'bes.csv',
    sourceRow: 2,
    sourceUrl: null,
    recordedAt: '2025-11-24T10:00:00.000000Z',
    importBatchId: 1,
    supersededAt: null,
  };
}

export function indicatorDetailOf(extra: Partial<IndicatorDetail> = {}): IndicatorDetail {
  return {
    code: 'BES_03LAV001',
    name: 'Tasso di occupazione (20-64 anni)',
    nameEn: 'Employment rate (20-64)',
    definition: 'Occupati di 20-64 anni sulla popolazione di 20-64 anni.',
    unit: '%',
    decimals: 1,
    source: 'bes',
    sourceAgency: 'Istat',
    sourceDataset: 'BES dei territori',
    sourceCode: '03LAV001',
    sourceUrl: 'https://www.istat.it/bes-dei-territori',
    polarity: 'higher_better',
    polarityNote: null,
    kind: 'structured',
    frequency: 'annual',
    licence: 'CC BY 4.0',
    theme: null,
    notes: 'Media annua.',
    strategies: [
      { plan: 'psm-2024-2026', strategy: '5.1', title: 'Rafforzare la capacità di attrarre talenti', demonstration: true, rationale: null },
    ],
    coverage: [
      { territory: ITALIA, observations: 5, firstPeriod: '2018', lastPeriod: '2022' },
      { territory: PIEMONTE, observations: 5, firstPeriod: '2018', lastPeriod: '2022' },
      { territory: TORINO, observations: 4, firstPeriod: '2018', lastPeriod: '2022' },
    ],
    batches: [
      { id: 1, format: 'istat-csv', checksum: 'a', createdAt: '2024-03-01T10:00:00.000Z', observations: 10 },
      { id: 2, format: 'istat-csv', checksum: 'b', createdAt: '2025-02-10T10:00:00.000Z', observations: 4 },
    ],
    targets: [],
    releaseDate: '2024-12-18',
    nextRelease: null,
    responsibleOfficeId: null,
    responsibleOffice: null,
    loadedAt: '2025-02-10T10:00:00.000Z',
    ...extra,
  };
}

export function listItemOf(extra: Partial<IndicatorListItem> = {}): IndicatorListItem {
  const { coverage: _c, batches: _b, targets: _t, loadedAt: _l, responsibleOffice: _o, ...meta } = indicatorDetailOf();
  return { ...meta, ...extra };
}

export const PLANS: PlanList = { items: [plan2024Of()] };

/** A point of `territory` revised once: `from` published by a tidy CSV import, `to` by a batch of `format` at `at`. */
export function revisionOf(territory: Series['territory'], period: string, from: number, to: number, o: { format?: string | null; at?: string; revisions?: number; from?: Partial<typeof FINAL>; to?: Partial<typeof FINAL> } = {}): Revision {
  return {
    territory: territory.code,
    territoryName: territory.name,
    period,
    previous: { value: from, ...FINAL, ...o.from, importBatchId: 1, format: 'tidy-csv', recordedAt: '2024-03-01T10:00:00.000000Z' },
    current: { value: to, ...FINAL, ...o.to, importBatchId: 2, format: o.format === undefined ? 'tidy-csv' : o.format, recordedAt: o.at ?? '2025-02-10T10:00:00.000000Z' },
    changes: from === to ? ['provisional'] : ['value'],
    revisions: o.revisions ?? 1,
  };
}
