import type { Dashboard, DashboardIndicator, IndicatorSeries, SeriesPoint } from '../features/dashboard/types';
import type { PlanSummary, PlanTree } from '../features/plans/types';

const FINAL = { provisional: false, estimated: false, breakInSeries: false };

export function point(period: string, value: number, flags: Partial<typeof FINAL> = {}): SeriesPoint {
  return { period, value, ...FINAL, ...flags };
}

export function seriesOf(code: string, name: string, points: SeriesPoint[], extra: Partial<IndicatorSeries> = {}): IndicatorSeries {
  return {
    territory: { code, name, level: code === 'IT' ? 'stato' : code === 'ITC1' ? 'regione' : 'citta_metropolitana' },
    points,
    latest: points.at(-1) ?? null,
    changeFromPrevious: null,
    changeFromFirst: null,
    direction: 'unknown',
    ...extra,
  };
}

export function indicatorOf(extra: Partial<DashboardIndicator> = {}): DashboardIndicator {
  return {
    code: 'TEST_PM10',
    name: 'Concentrazione media annua di PM10',
    nameEn: null,
    definition: null,
    unit: 'µg/m³',
    decimals: 1,
    source: 'bes',
    sourceAgency: 'Istat',
    sourceDataset: 'BES dei Territori',
    sourceCode: '10AMB001P',
    sourceUrl: 'https://example.org/bes',
    polarity: 'lower_better',
    polarityNote: null,
    kind: 'structured',
    frequency: 'annual',
    licence: 'CC BY 4.0 (Istat)',
    theme: 'Ambiente',
    notes: null,
    demonstration: false,
    rationale: null,
    series: [],
    ...extra,
  };
}

export function dashboardOf(indicators: DashboardIndicator[]): Dashboard {
  return {
    plan: { code: 'psm-2024-2026', title: 'Piano strategico metropolitano 2024-2026' },
    axis: { code: '2', title: 'Torino metropoli più verde ed ecologica' },
    strategy: { code: '2.1', title: 'Costruire e infrastrutturare la metropoli verde', sourceUrl: null },
    territories: [
      { code: 'ITC11', name: 'Città metropolitana di Torino', level: 'citta_metropolitana', role: 'focus' },
      { code: 'ITC1', name: 'Piemonte', level: 'regione', role: 'comparison' },
    ],
    indicators,
    summary: { indicators: indicators.length, improving: 0, worsening: 0, stable: 0, other: indicators.length },
  };
}

export function planSummaryOf(extra: Partial<PlanSummary> = {}): PlanSummary {
  return {
    code: 'psm-2021-2023',
    title: 'Piano strategico metropolitano 2021-2023',
    subtitle: 'Torino Metropoli Aumentata',
    periodStart: 2021,
    periodEnd: 2023,
    territory: { code: 'ITC11', name: 'Città metropolitana di Torino' },
    approvedBy: 'Consiglio metropolitano',
    approvedOn: '2021-02-10',
    counts: {
      axes: { loaded: 6, declared: 6 },
      strategies: { loaded: 10, declared: 24 },
      actions: { loaded: 10, declared: 111 },
    },
    declaredCountsSource: null,
    ...extra,
  };
}

export function planTreeOf(plan: PlanSummary = planSummaryOf()): PlanTree {
  const text = { description: null, sourceLabel: null, sourceUrl: null };
  return {
    plan,
    axes: [
      {
        code: '1',
        title: 'Torino Metropoli più produttiva e innovativa',
        altTitle: null,
        shortLabel: null,
        ...text,
        strategies: [
          { code: '1.3', title: 'Stimolare innovazione nel sistema delle PMI', ...text, indicatorCount: 3, actions: [] },
        ],
      },
      {
        code: '2',
        title: 'Torino Metropoli più verde ed ecologica',
        altTitle: null,
        shortLabel: null,
        ...text,
        strategies: [
          {
            code: '2.1',
            title: 'Costruire e infrastrutturare la metropoli verde',
            ...text,
            indicatorCount: 0,
            actions: [{ code: '2.1.1', title: 'Incrementare la superficie delle aree protette', ...text }],
          },
        ],
      },
    ],
  };
}
