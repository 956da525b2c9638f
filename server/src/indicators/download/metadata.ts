import { nameIn, type IndicatorDownload } from './table';
import { DOWNLOAD_TEXTS } from './texts';

/** What the selection was, in words. */
function selectionText(d: IndicatorDownload): string {
  const texts = DOWNLOAD_TEXTS[d.lang];
  if (d.scope === 'full') return texts.full;
  const territories = d.selection.territories?.join(', ') ?? texts.allTerritories;
  return texts.shown(territories, d.selection.from, d.selection.to);
}

/** The short citation of the file: who publishes it, the indicator, as of when, its source page. */
export const citationOf = (d: IndicatorDownload): string => DOWNLOAD_TEXTS[d.lang].citation(nameIn(d), d.dataVersion, d.indicator.sourceUrl);

/**
 * The metadata of a download as label–value pairs, in the file's language: the metadata sheet of the
 * XLSX and the README say the same. What is not known stays empty.
 */
export function metadataLines(d: IndicatorDownload): [string, string][] {
  const { meta, flagLegend } = DOWNLOAD_TEXTS[d.lang];
  const m = d.indicator;
  return [
    [meta.indicator, `${m.code} – ${nameIn(d)}`],
    [meta.definition, m.definition ?? ''],
    [meta.unit, m.unit ?? ''],
    [meta.publisher, m.sourceAgency ?? ''],
    [meta.dataset, m.sourceDataset ?? ''],
    [meta.sourceCode, m.sourceCode ?? ''],
    [meta.sourceUrl, m.sourceUrl ?? ''],
    [meta.licence, m.licence ?? ''],
    [meta.citation, citationOf(d)],
    [meta.dataVersion, d.dataVersion ?? ''],
    [meta.selection, selectionText(d)],
    [meta.values, String(d.observations.length)],
    [meta.flagLegend, flagLegend],
  ];
}
