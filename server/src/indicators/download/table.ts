import type { IndicatorMeta } from '../../contract/indicators';
import type { Observation } from '../../contract/observations';
import type { DownloadLang, DownloadScope } from '../../contract/values';
import { delimitedCell } from '../../lib/csv';
import { COLUMN_KEYS, type ColumnKey, DOWNLOAD_TEXTS } from './texts';

/** Everything a download file is made from: the indicator, the values chosen and what was asked. */
export type IndicatorDownload = {
  indicator: IndicatorMeta;
  scope: DownloadScope;
  lang: DownloadLang;
  observations: Observation[];
  /** The territories and periods asked for (scope=shown); null where nothing was chosen. */
  selection: { territories: string[] | null; from: string | null; to: string | null };
  /** YYYY-MM-DD: the asOf asked for, else the day the latest value was recorded; null without values. */
  dataVersion: string | null;
};

export type Cell = string | number | null;

/** The indicator's name in the file's language (the Italian one when there is no English name). */
export const nameIn = (d: IndicatorDownload): string => (d.lang === 'en' && d.indicator.nameEn ? d.indicator.nameEn : d.indicator.name);

/** The flags of a value in words, in the file's language. */
function flagWords(o: Observation, lang: DownloadLang): string | null {
  const words = DOWNLOAD_TEXTS[lang].flags;
  const set = [o.provisional && words.provisional, o.estimated && words.estimated, o.breakInSeries && words.breakInSeries].filter(Boolean);
  return set.length ? set.join('; ') : null;
}

/** One row per value; the value stays a number (each format writes it its own way). */
export function tableRows(d: IndicatorDownload): Record<ColumnKey, Cell>[] {
  return d.observations.map((o) => ({
    indicator: o.indicator,
    territory: o.territory,
    territoryName: o.territoryName,
    period: o.period,
    value: o.value,
    unit: o.unit,
    flags: flagWords(o, d.lang),
    note: o.note,
    source: o.sourceUrl ?? d.indicator.sourceUrl,
  }));
}

export const headers = (lang: DownloadLang): string[] => COLUMN_KEYS.map((k) => DOWNLOAD_TEXTS[lang].columns[k].header);

/** Two layouts: `plain` (comma, decimal point) for programs; `excel` (semicolon, decimal comma, BOM) for a spreadsheet set to Italian. */
export type CsvDialect = 'plain' | 'excel';

/** The table as CSV with CRLF line ends; numbers in their shortest exact form, never rounded. */
export function downloadCsv(d: IndicatorDownload, dialect: CsvDialect): Buffer {
  const separator = dialect === 'excel' ? ';' : ',';
  const number = (v: number) => (dialect === 'excel' ? String(v).replace('.', ',') : String(v));
  const lines = [headers(d.lang).map((h) => delimitedCell(h, separator)).join(separator)];
  for (const row of tableRows(d)) {
    lines.push(COLUMN_KEYS.map((k) => (typeof row[k] === 'number' ? number(row[k]) : delimitedCell(row[k], separator))).join(separator));
  }
  const text = lines.join('\r\n') + '\r\n';
  // The byte order mark tells Excel the file is UTF-8 (accents in names).
  return Buffer.from(dialect === 'excel' ? `\ufeff${text}` : text, 'utf8');
}

/** The file name: indicator code and scope, safe on every system. */
export const downloadFileName = (d: IndicatorDownload, suffix: string): string =>
  `${d.indicator.code}_${d.scope}`.replace(/[^A-Za-z0-9_.-]/g, '_') + suffix;
