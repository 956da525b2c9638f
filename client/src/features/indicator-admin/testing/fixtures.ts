import type { BackofficeIndicatorDetail, IndicatorDetail, Publication } from '@psm/server/contract';

/** An indicator created by an import, as GET /api/indicators/:code answers it. */
export function indicatorOf(over: Partial<IndicatorDetail> = {}): IndicatorDetail {
  return {
    code: 'KILLINJ',
    name: 'Morti e feriti in incidenti stradali',
    nameEn: null,
    definition: null,
    unit: null,
    decimals: null,
    source: 'istat',
    sourceAgency: null,
    sourceDataset: null,
    sourceCode: 'KILLINJ',
    sourceUrl: null,
    polarity: 'neutral',
    polarityNote: null,
    kind: 'structured',
    frequency: 'annual',
    licence: null,
    theme: null,
    notes: "Creato dall'importazione del file incidenti.csv (ISTAT SDMX-CSV); definizione, unità e polarità da completare. / Created by importing incidenti.csv; definition, unit and polarity to be completed.",
    strategies: [],
    coverage: [],
    batches: [],
    targets: [],
    releaseDate: null,
    nextRelease: null,
    responsibleOfficeId: null,
    responsibleOffice: null,
    loadedAt: null,
    ...over,
  };
}

export const noTargetsRoutes = {
  'GET /api/plans': { body: { items: [] } },
  'GET /api/territories': { body: { items: [], total: 0 } },
};

/** The same indicator as GET /api/backoffice/indicators/:code answers it (published unless `publication` says otherwise). */
export function backofficeIndicatorOf(over: Partial<IndicatorDetail> = {}, publication: Partial<Publication> = {}): BackofficeIndicatorDetail {
  return { ...indicatorOf(over), publication: { status: 'published', publishedAt: '2026-11-30T09:00:00.000Z', missing: [], ...publication } };
}
