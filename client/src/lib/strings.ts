/**
 * Every text the interface shows, in Italian. Kept in one module so a translation layer
 * (i18next, Italian default and English second) can replace it without touching components.
 */
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const strings = {
  app: {
    body: 'Città metropolitana di Torino',
    product: 'Monitoraggio del Piano strategico metropolitano',
    skipLink: 'Vai al contenuto principale',
    footerData: 'Dati: ISTAT, Eurostat, InfoCamere – licenze CC BY 4.0 dove indicato',
    footerApi: 'API e dati aperti',
    footerNote: 'Piattaforma open source per il monitoraggio dei piani strategici metropolitani.',
  },
  states: {
    loading: 'Caricamento in corso…',
    errorTitle: 'Non è stato possibile caricare i dati',
    notFoundData: 'Dati non trovati',
    retry: 'Riprova',
    notFoundTitle: 'Pagina non trovata',
    notFoundText: "L'indirizzo richiesto non corrisponde a nessuna pagina.",
    backHome: 'Torna alla pagina iniziale',
    noPlans: 'Nessun piano è ancora stato caricato.',
    unexpected: 'Si è verificato un errore imprevisto in questa sezione.',
  },
  plan: {
    editions: 'Edizioni del piano',
    currentEdition: 'edizione visualizzata',
    approved: (by: string | null, on: string | null) => `Approvazione: ${[by, on].filter(Boolean).join(', ')}`,
    loadedHeading: 'Quanto del piano è caricato',
    loadedSummary: (s: number, sd: number | null, a: number, ad: number | null) =>
      `${s}${sd != null ? ` di ${sd}` : ''} ${plural(sd ?? s, 'strategia', 'strategie')}, ` +
      `${a}${ad != null ? ` di ${ad}` : ''} ${plural(ad ?? a, 'azione', 'azioni')} ${plural(a, 'caricata', 'caricate')}`,
    strategiesMissing: (n: number) =>
      `${n} ${plural(n, 'strategia non ancora caricata', 'strategie non ancora caricate')}`,
    actionsMissing: (n: number) => `${n} ${plural(n, 'azione non ancora caricata', 'azioni non ancora caricate')}`,
    missingNote: 'Le voci mancanti non sono mostrate finché il testo ufficiale del piano non viene caricato.',
    countsSource: 'Fonte dei totali dichiarati',
    axesHeading: 'Assi e strategie',
    axis: (code: string) => `Asse ${code}`,
    strategy: (code: string) => `Strategia ${code}`,
    indicators: (n: number) => (n === 0 ? 'nessun indicatore collegato' : `${n} ${plural(n, 'indicatore', 'indicatori')}`),
    openDashboard: 'Apri il cruscotto',
    actions: (n: number) => `${n} ${plural(n, 'azione', 'azioni')}`,
    noActionsLoaded: 'Azioni non ancora caricate.',
    noStrategiesLoaded: 'Strategie di questo asse non ancora caricate.',
    sourceText: 'Testo ufficiale',
  },
  dashboard: {
    title: 'Cruscotto degli indicatori di contesto',
    breadcrumb: 'Percorso',
    backToPlan: 'Torna alla struttura del piano',
    summary: (n: number, imp: number, wor: number, sta: number) =>
      `${n} ${plural(n, 'indicatore', 'indicatori')}: ${imp} in miglioramento, ${wor} in peggioramento, ${sta} stabili.`,
    territories: 'Territori a confronto',
    focus: 'territorio del piano',
    noIndicators: 'Nessun indicatore collegato a questa strategia',
    noIndicatorsHint: 'Gli indicatori vengono collegati dagli analisti del monitoraggio.',
    latest: 'Ultimo valore',
    noData: 'Nessun dato disponibile per il territorio del piano.',
    changeFrom: (period: string) => `rispetto al ${period}`,
    changeUnknown: 'Variazione non calcolabile: un solo valore disponibile.',
    direction: {
      improving: 'migliora',
      worsening: 'peggiora',
      stable: 'stabile',
      neutral: 'neutro',
      unknown: 'non valutabile',
    },
    polarity: {
      higher_better: 'valori più alti sono migliori',
      lower_better: 'valori più bassi sono migliori',
      neutral: 'nessuna direzione desiderabile',
    },
    unit: 'Unità di misura',
    polarityLabel: 'Lettura',
    source: 'Fonte:',
    licence: 'Licenza:',
    polarityNote: 'Nota sulla lettura:',
    notes: 'Note:',
    demonstration: 'Collegamento dimostrativo',
    chartLabel: (name: string, territories: string[], from: string, to: string) =>
      `Grafico a linee: ${name}, ${territories.join(', ')}, dal ${from} al ${to}. I valori sono nella tabella dati.`,
    chartEmpty: 'Nessuna serie storica da rappresentare.',
    offScale: (names: string[]) =>
      `Non nel grafico, perché su una scala di valori diversa: ${names.join(', ')} (valori nella tabella dati).`,
    axisPeriod: (frequency: string) => (frequency === 'annual' ? 'Anno' : 'Periodo'),
    tooltipPeriod: (label: string, frequency: string) => (frequency === 'annual' ? `Anno ${label}` : label),
    table: 'Tabella dati',
    tableCaption: (name: string, unit: string | null) => `${name}${unit ? ` (${unit})` : ''}: valori per territorio`,
    period: 'Periodo',
    notAvailable: 'n.d.',
    notAvailableLong: 'dato non disponibile',
    flags: { provisional: 'p', estimated: 's', breakInSeries: 'i' },
    flagsLegend: '(p) dato provvisorio · (s) dato stimato · (i) interruzione della serie · n.d. dato non disponibile',
    flaggedPoint: 'Cerchio vuoto: dato provvisorio o stimato.',
  },
};
