// Test data of the report composer's tests (never imported by the app).
import type { PlanList, PlanTree, ReportDocument, ReportOut } from '@psm/server/contract';

export const PLAN = 'psm-2024-2026';

export const report = (extra: Partial<ReportOut> = {}): ReportOut => ({
  id: 5,
  plan: PLAN,
  planTitle: 'PSM 2024-2026',
  title: 'PSM 2024-2026 – Aggiornamento 2026',
  referenceDate: '2026-06-30',
  lang: 'it',
  status: 'draft',
  sections: [
    { kind: 'heading', text: 'Introduzione' },
    { kind: 'indicator', indicator: 'POP_RES', table: true, text: null },
  ],
  version: 3,
  duplicatedFrom: null,
  createdBy: 'analyst@example.org',
  createdAt: '2026-07-01T08:00:00.000Z',
  updatedAt: '2026-07-02T09:30:00.000Z',
  finalisedAt: null,
  ...extra,
});

export const plans: PlanList = {
  items: [
    { code: 'psm-2021-2023', title: 'PSM 2021-2023', subtitle: null, periodStart: 2021, periodEnd: 2023, territory: null, approvedBy: null, approvedOn: null, counts: { axes: { loaded: 0, declared: null }, strategies: { loaded: 0, declared: null }, actions: { loaded: 0, declared: null } }, declaredCountsSource: null },
    { code: PLAN, title: 'PSM 2024-2026', subtitle: null, periodStart: 2024, periodEnd: 2026, territory: null, approvedBy: null, approvedOn: null, counts: { axes: { loaded: 0, declared: null }, strategies: { loaded: 0, declared: null }, actions: { loaded: 0, declared: null } }, declaredCountsSource: null },
  ],
} as PlanList;

export const tree = { plan: plans.items[1], axes: [{ code: '1', title: 'Torino metropoli più attrattiva', altTitle: null, shortLabel: null, description: null, sourceLabel: null, sourceUrl: null, strategies: [{ code: '1.1', title: 'Attrarre investimenti', description: null, sourceLabel: null, sourceUrl: null, indicatorCount: 2, actions: [] }] }] } as unknown as PlanTree;

export const indicators = {
  items: [
    { code: 'POP_RES', name: 'Popolazione residente' },
    { code: 'TASSO_OCC', name: 'Tasso di occupazione' },
  ],
  page: 1,
  pageSize: 200,
  total: 2,
};

export const documentOf = (r: ReportOut, extra: Partial<ReportDocument> = {}): ReportDocument => ({
  report: r,
  asOf: `${r.referenceDate}T23:59:59.999Z`,
  blocks: [
    { kind: 'heading', text: 'Introduzione', level: 1, section: 0 },
    { kind: 'paragraph', runs: [{ text: 'La popolazione è ' }, { text: 'stabile', strong: true }, { text: '.' }], section: 1 },
    {
      kind: 'figure',
      number: 1,
      caption: 'Popolazione residente, 2019-2025',
      src: '/api/indicators/POP_RES/figures/line.svg?at=2026-06-30',
      alt: 'Grafico a linee della popolazione residente',
      width: 800,
      height: 450,
      source: ['Fonte: ISTAT, Popolazione residente al 1° gennaio.'],
      section: 1,
    },
    {
      kind: 'table',
      number: 1,
      caption: 'Popolazione residente, valori',
      header: ['Territorio', '2024', '2025'],
      rows: [['Città metropolitana di Torino', '2.208.370', '2.207.873']],
      numeric: [1, 2],
      source: ['Fonte: ISTAT.'],
      section: 1,
    },
  ],
  proposals: [{ section: 1, text: 'Nel 2025 la popolazione residente è di 2.207.873 abitanti.' }],
  revisions: [],
  ...extra,
});
