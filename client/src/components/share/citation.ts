import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';
import './i18n';

/** How current the shared data is: the day of the latest load, or the latest reporting period. */
export type DataVersion = { kind: 'date'; value: string } | { kind: 'period'; value: string; label: string };

export type CitationInput = {
  kind: 'indicator' | 'strategy';
  /** The code of the indicator or strategy (with its plan for a strategy, e.g. psm-2024-2026/2.1). */
  code: string;
  title: string;
  url: string;
  version: DataVersion | null;
  accessed: Date;
};

export type Citations = { short: string; long: string; bibtex: string };

const pad = (n: number) => String(n).padStart(2, '0');
/** The reader's own calendar day (not UTC), as they would write the access date. */
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** LaTeX's special characters in a BibTeX field (the url field is read verbatim). */
const tex = (s: string) => s.replace(/[\\{}]/g, '').replace(/[&%$#_]/g, (c) => `\\${c}`);

/** Short and long citations in the page language and a BibTeX entry, all naming the data version and the access date. */
export function citations(input: CitationInput, t: TFunction<'share'>): Citations {
  const { version } = input;
  const versionText = !version
    ? t('cite.versionUnknown')
    : version.kind === 'date'
      ? t('cite.versionDate', { date: formatDate(version.value) })
      : t('cite.versionPeriod', { period: version.label });
  const accessed = t('cite.accessed', { date: formatDate(isoDay(input.accessed)) });
  const year = version?.kind === 'date' ? version.value.slice(0, 4) : String(input.accessed.getUTCFullYear());
  const parts = { author: t('cite.author'), title: input.title, url: input.url, version: versionText, accessed, year, product: t('cite.product') };
  const short = t('cite.shortText', parts);
  const long = t('cite.longText', { ...parts, kind: t(`cite.kinds.${input.kind}`, { code: input.code }) });
  const key = `cmto-psm-${input.code}-${isoDay(input.accessed)}`.replace(/[^A-Za-z0-9.-]+/g, '-');
  const note = version
    ? t(version.kind === 'date' ? 'cite.bibtexNote' : 'cite.bibtexNotePeriod', { version: version.kind === 'date' ? version.value.slice(0, 10) : version.value })
    : t('cite.versionUnknown');
  const bibtex = [
    `@misc{${key},`,
    `  author       = {{${tex(parts.author)}}},`,
    `  title        = {{${tex(input.title)}}},`,
    `  howpublished = {${tex(parts.product)}},`,
    `  year         = {${year}},`,
    `  url          = {${input.url}},`,
    `  urldate      = {${isoDay(input.accessed)}},`,
    `  note         = {${tex(note)}}`,
    '}',
  ].join('\n');
  return { short, long, bibtex };
}
