import { registerMessages, type Messages } from '../../i18n/i18n';

/** Texts of the "Condividi" dialog and of the embeddable pages. */
const shareIt = {
  open: 'Condividi',
  openLabel: 'Condividi, incorpora o cita questa pagina',
  title: 'Condividi',
  close: 'Chiudi',
  permalink: {
    heading: 'Link a questa vista',
    hint: 'Il link riapre la pagina con le stesse scelte (territori, scheda, lingua).',
    label: 'Indirizzo della pagina',
    copy: 'Copia il link',
  },
  embed: {
    heading: 'Incorpora',
    hint: {
      indicator: 'Incolla questo codice in una pagina web: mostra il grafico, la tabella dei valori e le fonti, con un link a questa pagina.',
      strategy: 'Incolla questo codice in una pagina web: mostra gli indicatori di contesto della strategia con le loro fonti, con un link a questa pagina.',
    },
    label: 'Codice da incorporare',
    copy: 'Copia il codice',
  },
  cite: {
    heading: 'Come citare',
    short: 'Citazione breve',
    long: 'Citazione estesa',
    bibtex: 'BibTeX',
    copyShort: 'Copia la citazione breve',
    copyLong: 'Copia la citazione estesa',
    copyBibtex: 'Copia il BibTeX',
    author: 'Città metropolitana di Torino',
    product: 'Monitoraggio del Piano strategico metropolitano',
    versionDate: 'dati aggiornati al {{date}}',
    versionPeriod: 'dati fino al periodo {{period}}',
    versionUnknown: 'data di aggiornamento dei dati non disponibile',
    accessed: 'consultato il {{date}}',
    shortText: '{{author}}, «{{title}}», {{version}}, {{url}} ({{accessed}}).',
    longText: '{{author}} ({{year}}). «{{title}}». {{product}}, {{kind}}, {{version}}. Disponibile su: {{url}} ({{accessed}}).',
    kinds: { indicator: 'indicatore {{code}}', strategy: 'strategia {{code}}' },
    bibtexNote: 'Dati aggiornati al {{version}}',
    bibtexNotePeriod: 'Dati fino al periodo {{version}}',
  },
  copied: 'Copiato negli appunti.',
  copyFailed: 'Copia non riuscita: seleziona il testo e copialo a mano.',
  embedPage: {
    openFull: 'Apri la pagina completa (nuova scheda)',
    strategyTitle: 'Strategia {{code}} – {{title}}',
    indicatorsHeading: 'Indicatori di contesto',
    source: 'Fonte: {{source}}',
    updated: 'Dati aggiornati al {{date}}',
    upTo: 'Dati fino al periodo {{period}}',
    licence: 'Licenza: {{licence}}',
    provider: '{{author}} – {{product}}',
  },
};

const shareEn: Messages<typeof shareIt> = {
  open: 'Share',
  openLabel: 'Share, embed or cite this page',
  title: 'Share',
  close: 'Close',
  permalink: {
    heading: 'Link to this view',
    hint: 'The link reopens the page with the same choices (territories, tab, language).',
    label: 'Page address',
    copy: 'Copy the link',
  },
  embed: {
    heading: 'Embed',
    hint: {
      indicator: 'Paste this code into a web page: it shows the chart, the table of values and the sources, with a link to this page.',
      strategy: "Paste this code into a web page: it shows the strategy's context indicators with their sources, with a link to this page.",
    },
    label: 'Code to embed',
    copy: 'Copy the code',
  },
  cite: {
    heading: 'How to cite',
    short: 'Short citation',
    long: 'Full citation',
    bibtex: 'BibTeX',
    copyShort: 'Copy the short citation',
    copyLong: 'Copy the full citation',
    copyBibtex: 'Copy the BibTeX',
    author: 'Città metropolitana di Torino',
    product: 'Monitoring of the Metropolitan Strategic Plan',
    versionDate: 'data updated on {{date}}',
    versionPeriod: 'data up to {{period}}',
    versionUnknown: 'date of the data not available',
    accessed: 'accessed on {{date}}',
    shortText: '{{author}}, “{{title}}”, {{version}}, {{url}} ({{accessed}}).',
    longText: '{{author}} ({{year}}). “{{title}}”. {{product}}, {{kind}}, {{version}}. Available at: {{url}} ({{accessed}}).',
    kinds: { indicator: 'indicator {{code}}', strategy: 'strategy {{code}}' },
    bibtexNote: 'Data updated on {{version}}',
    bibtexNotePeriod: 'Data up to {{version}}',
  },
  copied: 'Copied to the clipboard.',
  copyFailed: 'Copy failed: select the text and copy it yourself.',
  embedPage: {
    openFull: 'Open the full page (new tab)',
    strategyTitle: 'Strategy {{code}} – {{title}}',
    indicatorsHeading: 'Context indicators',
    source: 'Source: {{source}}',
    updated: 'Data updated on {{date}}',
    upTo: 'Data up to {{period}}',
    licence: 'Licence: {{licence}}',
    provider: '{{author}} – {{product}}',
  },
};

registerMessages('share', shareIt, shareEn);

declare module 'i18next' {
  interface ResourceNamespaceMap {
    share: typeof shareIt;
  }
}
