import type { DownloadLang } from '../../contract/values';

/** The column keys of an indicator download, in file order. */
export const COLUMN_KEYS = ['indicator', 'territory', 'territoryName', 'period', 'value', 'unit', 'flags', 'note', 'source'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

type Texts = {
  /** Header of each column (also the field names of datapackage.json) and what it holds. */
  columns: Record<ColumnKey, { header: string; description: string }>;
  flags: { provisional: string; estimated: string; breakInSeries: string };
  /** What each flag means, for the metadata sheet and the README. */
  flagLegend: string;
  dataSheet: string;
  metaSheet: string;
  meta: {
    indicator: string;
    definition: string;
    unit: string;
    publisher: string;
    dataset: string;
    sourceCode: string;
    sourceUrl: string;
    licence: string;
    citation: string;
    dataVersion: string;
    selection: string;
    values: string;
    flagLegend: string;
  };
  shown: (territories: string, from: string | null, to: string | null) => string;
  full: string;
  allTerritories: string;
  /** The citation text: who, what, as of when, where. */
  citation: (name: string, version: string | null, url: string | null) => string;
};

const IT: Texts = {
  columns: {
    indicator: { header: 'codice_indicatore', description: "Codice dell'indicatore" },
    territory: { header: 'codice_territorio', description: 'Codice del territorio (NUTS o ISTAT)' },
    territoryName: { header: 'territorio', description: 'Nome del territorio' },
    period: { header: 'periodo', description: 'Periodo di riferimento (2021, 2021-S1, 2021-Q3 o 2021-03)' },
    value: { header: 'valore', description: 'Valore (punto decimale nel CSV, virgola decimale nel CSV per Excel)' },
    unit: { header: 'unita_di_misura', description: 'Unità di misura' },
    flags: { header: 'segni', description: 'Segni del valore: provvisorio, stima, interruzione di serie' },
    note: { header: 'nota', description: 'Nota della fonte sul valore' },
    source: { header: 'fonte', description: 'Pagina da cui è letto il valore (o la pagina della fonte)' },
  },
  flags: { provisional: 'provvisorio', estimated: 'stima', breakInSeries: 'interruzione di serie' },
  flagLegend:
    'provvisorio = valore provvisorio, la fonte può rivederlo; stima = valore stimato dalla fonte; interruzione di serie = da questo periodo cambia il metodo, i valori prima e dopo non sono del tutto confrontabili',
  dataSheet: 'Dati',
  metaSheet: 'Metadati',
  meta: {
    indicator: 'Indicatore',
    definition: 'Definizione',
    unit: 'Unità di misura',
    publisher: 'Fonte: ente produttore',
    dataset: 'Fonte: dataset',
    sourceCode: 'Fonte: codice nella fonte',
    sourceUrl: 'Fonte: pagina',
    licence: 'Licenza',
    citation: 'Citazione',
    dataVersion: 'Versione dei dati',
    selection: 'Selezione',
    values: 'Numero di valori',
    flagLegend: 'Legenda dei segni',
  },
  shown: (territories, from, to) =>
    `Dati mostrati: ${territories}; ${from && to ? `periodi dal ${from} al ${to}` : from ? `periodi dal ${from}` : to ? `periodi fino al ${to}` : 'tutti i periodi'}`,
  full: 'Serie completa: tutti i territori e tutti i periodi',
  allTerritories: 'tutti i territori',
  citation: (name, version, url) => ['Città metropolitana di Torino, PSM monitor', name, version ? `dati al ${version}` : null, url].filter(Boolean).join(', '),
};

const EN: Texts = {
  columns: {
    indicator: { header: 'indicator_code', description: 'Code of the indicator' },
    territory: { header: 'territory_code', description: 'Code of the territory (NUTS or ISTAT)' },
    territoryName: { header: 'territory_name', description: 'Name of the territory' },
    period: { header: 'period', description: 'Reference period (2021, 2021-S1, 2021-Q3 or 2021-03)' },
    value: { header: 'value', description: 'Value (decimal point in the CSV, decimal comma in the CSV for Excel)' },
    unit: { header: 'unit', description: 'Unit of measure' },
    flags: { header: 'flags', description: 'Flags of the value: provisional, estimated, break in series' },
    note: { header: 'note', description: "The source's note on the value" },
    source: { header: 'source', description: 'Page the value was read from (or the source page)' },
  },
  flags: { provisional: 'provisional', estimated: 'estimated', breakInSeries: 'break in series' },
  flagLegend:
    'provisional = provisional value, the source may revise it; estimated = value estimated by the source; break in series = the method changes from this period, values before and after are not fully comparable',
  dataSheet: 'Data',
  metaSheet: 'Metadata',
  meta: {
    indicator: 'Indicator',
    definition: 'Definition',
    unit: 'Unit',
    publisher: 'Source: publisher',
    dataset: 'Source: dataset',
    sourceCode: 'Source: code in the source',
    sourceUrl: 'Source: page',
    licence: 'Licence',
    citation: 'Citation',
    dataVersion: 'Data version',
    selection: 'Selection',
    values: 'Number of values',
    flagLegend: 'Flag legend',
  },
  shown: (territories, from, to) =>
    `Data shown: ${territories}; ${from && to ? `periods from ${from} to ${to}` : from ? `periods from ${from}` : to ? `periods up to ${to}` : 'every period'}`,
  full: 'Full series: every territory and every period',
  allTerritories: 'every territory',
  citation: (name, version, url) => ['Città metropolitana di Torino, PSM monitor', name, version ? `data as of ${version}` : null, url].filter(Boolean).join(', '),
};

export const DOWNLOAD_TEXTS: Record<DownloadLang, Texts> = { it: IT, en: EN };
