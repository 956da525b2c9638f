import { registerMessages, type Messages } from '../../i18n/i18n';

/** Texts of a strategy's dashboard (cruscotto): the context indicator cards. */
export const dashboardIt = {
  territories: 'Territori a confronto: {{focus}} (territorio del piano){{others}}.',
  noIndicators: 'Nessun indicatore collegato a questa strategia.',
  noIndicatorsHint: 'Gli indicatori vengono collegati dagli analisti del monitoraggio.',
  card: {
    latest: 'Ultimo valore – {{territory}}',
    notAvailable: 'non disponibile',
    valueNotAvailable: 'Valore non disponibile per {{territory}}.',
    changeFrom: 'rispetto al {{period}}',
    changeUnknown: 'Variazione non disponibile: un solo valore.',
    percentPoints: '{{value}} punti percentuali',
    comparisons: 'Confronto',
    openIndicator: 'Serie completa, grafico e dati',
    target: 'Traguardo del piano al {{period}}: {{value}}',
    openIndicatorLabel: 'Serie completa, grafico e dati: {{name}}',
    polarityLabel: 'Lettura',
    source: 'Fonte',
    licence: 'Licenza',
    sparkline: 'Andamento dal {{from}} al {{to}}: da {{first}} a {{last}}; minimo {{min}} ({{minPeriod}}), massimo {{max}} ({{maxPeriod}}).',
    sparklineShort: '{{from}}: {{first}} → {{to}}: {{last}}',
    flagsIn: '{{flag}} nel {{period}}',
    lastUpdate: 'Ultimo aggiornamento',
    releasedOn: 'dati della fonte del {{date}}',
    releaseUnknown: 'data di rilascio della fonte non indicata',
    loadedOn: 'caricati da noi il {{date}}',
    notLoaded: 'non ancora caricati',
    changeBreak: 'Serie interrotta nel {{period}}: variazione non calcolata.',
    territoryValue: '{{territory}} {{period}}: {{value}}',
    noDataFor: '{{territory}}: nessun dato',
    samePeriod: '(stesso periodo)',
    commonPeriod: '— sul periodo comune {{period}}: {{values}}',
    noCommonPeriod: '(nessun periodo in comune: valori di anni diversi)',
  },
  disagreement: {
    lastYear: 'Ultimo anno',
    lastChange: 'Ultima variazione',
    since: ' dal {{year}}',
    improvingAway: "{{last}} in miglioramento, ma{{since}} in allontanamento dall'obiettivo.",
    worseningOnTrack: "{{last}} in peggioramento, ma{{since}} in linea con l'obiettivo.",
    worseningReached: "{{last}} in peggioramento, ma l'obiettivo è già raggiunto.",
  },
  direction: {
    improving: 'migliora',
    worsening: 'peggiora',
    stable: 'stabile',
    neutral: 'senza valutazione (polarità neutra)',
    unknown: 'non valutabile',
  },
  polarity: {
    higher_better: 'valori più alti sono migliori',
    lower_better: 'valori più bassi sono migliori',
    neutral: 'nessuna direzione desiderabile',
  },
  flags: {
    provisional: 'dato provvisorio',
    estimated: 'dato stimato',
    breakInSeries: 'interruzione della serie',
  },
} as const;

export const dashboardEn: Messages<typeof dashboardIt> = {
  territories: "Territories compared: {{focus}} (the plan's territory){{others}}.",
  noIndicators: 'No indicator is linked to this strategy.',
  noIndicatorsHint: 'Indicators are linked by the monitoring analysts.',
  card: {
    latest: 'Latest value – {{territory}}',
    notAvailable: 'not available',
    valueNotAvailable: 'No value available for {{territory}}.',
    changeFrom: 'compared with {{period}}',
    changeUnknown: 'Change not available: only one value.',
    percentPoints: '{{value}} percentage points',
    comparisons: 'Comparison',
    openIndicator: 'Full series, chart and data',
    target: 'Plan target for {{period}}: {{value}}',
    openIndicatorLabel: 'Full series, chart and data: {{name}}',
    polarityLabel: 'Reading',
    source: 'Source',
    licence: 'Licence',
    sparkline: 'Trend from {{from}} to {{to}}: from {{first}} to {{last}}; lowest {{min}} ({{minPeriod}}), highest {{max}} ({{maxPeriod}}).',
    sparklineShort: '{{from}}: {{first}} → {{to}}: {{last}}',
    flagsIn: '{{flag}} in {{period}}',
    lastUpdate: 'Last updated',
    releasedOn: "source's data of {{date}}",
    releaseUnknown: "source's release date not stated",
    loadedOn: 'loaded by us on {{date}}',
    notLoaded: 'not loaded yet',
    changeBreak: 'Break in series in {{period}}: change not computed.',
    territoryValue: '{{territory}} {{period}}: {{value}}',
    noDataFor: '{{territory}}: no data',
    samePeriod: '(same period)',
    commonPeriod: '— on the common period {{period}}: {{values}}',
    noCommonPeriod: '(no period in common: values of different years)',
  },
  disagreement: {
    lastYear: 'Last year',
    lastChange: 'Latest change',
    since: ' since {{year}}',
    improvingAway: '{{last}} improving, but{{since}} moving away from the target.',
    worseningOnTrack: '{{last}} worsening, but{{since}} on track for the target.',
    worseningReached: '{{last}} worsening, but the target is already reached.',
  },
  direction: {
    improving: 'improving',
    worsening: 'worsening',
    stable: 'stable',
    neutral: 'not judged (neutral polarity)',
    unknown: 'not assessable',
  },
  polarity: {
    higher_better: 'higher values are better',
    lower_better: 'lower values are better',
    neutral: 'no desirable direction',
  },
  flags: {
    provisional: 'provisional value',
    estimated: 'estimated value',
    breakInSeries: 'break in series',
  },
};

registerMessages('dashboard', dashboardIt, dashboardEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    dashboard: typeof dashboardIt;
  }
}
