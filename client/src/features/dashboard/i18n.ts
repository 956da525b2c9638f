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
