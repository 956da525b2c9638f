import JSZip from 'jszip';
import { metadataLines } from './metadata';
import { downloadCsv, downloadFileName, type IndicatorDownload, nameIn } from './table';
import { COLUMN_KEYS, type ColumnKey, DOWNLOAD_TEXTS } from './texts';

/** Frictionless table schema types: the value is a number, the rest text. */
const FIELD_TYPES: Record<ColumnKey, 'string' | 'number'> = {
  indicator: 'string',
  territory: 'string',
  territoryName: 'string',
  period: 'string',
  value: 'number',
  unit: 'string',
  flags: 'string',
  note: 'string',
  source: 'string',
};

/** A licence a data package can name with an Open Definition id; other texts are left to the README. */
function licenses(licence: string | null) {
  if (licence && /\bCC[ -]BY 4\.0\b/i.test(licence)) return [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: licence }];
  return undefined;
}

/** datapackage.json (Frictionless Data Package, tabular): the package, its source and licence, the CSV and its fields. */
export function dataPackage(d: IndicatorDownload, csvName: string): object {
  const m = d.indicator;
  const name = downloadFileName(d, '').toLowerCase().replace(/[^a-z0-9._-]/g, '-');
  const sourceTitle = [m.sourceAgency, m.sourceDataset].filter(Boolean).join(' – ');
  const columns = DOWNLOAD_TEXTS[d.lang].columns;
  return {
    profile: 'tabular-data-package',
    name,
    title: `${m.code} – ${nameIn(d)}`,
    ...(m.definition ? { description: m.definition } : {}),
    ...(licenses(m.licence) ? { licenses: licenses(m.licence) } : {}),
    ...(sourceTitle || m.sourceUrl ? { sources: [{ title: sourceTitle || m.sourceUrl, ...(m.sourceUrl ? { path: m.sourceUrl } : {}) }] } : {}),
    resources: [
      {
        name,
        path: csvName,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: {
          fields: COLUMN_KEYS.map((k) => ({ name: columns[k].header, type: FIELD_TYPES[k], description: columns[k].description })),
        },
      },
    ],
  };
}

/** README.md: Italian, then English; the files, the columns and the metadata. */
export function readme(d: IndicatorDownload, csvName: string): string {
  const section = (lang: 'it' | 'en') => {
    const dl = { ...d, lang };
    const texts = DOWNLOAD_TEXTS[lang];
    const intro =
      lang === 'it'
        ? [`# ${nameIn(dl)} (${d.indicator.code})`, '', 'File di questo archivio:', '', `- \`${csvName}\`: i valori, uno per riga (CSV UTF-8, separatore virgola, punto decimale; intestazioni in ${d.lang === 'it' ? 'italiano' : 'inglese'});`, '- `datapackage.json`: la descrizione del file secondo lo standard Frictionless Data Package;', '- `README.md`: questo testo.', '', '## Colonne']
        : ['', '---', '', `# ${nameIn(dl)} (${d.indicator.code})`, '', 'Files of this archive:', '', `- \`${csvName}\`: the values, one per row (UTF-8 CSV, comma separator, decimal point; headers in ${d.lang === 'it' ? 'Italian' : 'English'});`, '- `datapackage.json`: the file described as a Frictionless Data Package;', '- `README.md`: this text.', '', '## Columns'];
    const fileHeaders = DOWNLOAD_TEXTS[d.lang].columns;
    const columns = COLUMN_KEYS.map((k) => `- \`${fileHeaders[k].header}\`: ${texts.columns[k].description}`);
    const meta = metadataLines(dl).map(([label, value]) => `- ${label}: ${value || '–'}`);
    return [...intro, '', ...columns, '', lang === 'it' ? '## Metadati' : '## Metadata', '', ...meta].join('\n');
  };
  return `${section('it')}\n${section('en')}\n`;
}

/** The ZIP: the plain CSV, datapackage.json and README.md. */
export async function downloadZip(d: IndicatorDownload): Promise<Buffer> {
  const csvName = downloadFileName(d, '.csv');
  // The entries are dated by the data version, not the moment of the request: the same data give the same bytes.
  const date = new Date(`${d.dataVersion ?? '1980-01-01'}T00:00:00Z`);
  const zip = new JSZip();
  zip.file(csvName, downloadCsv(d, 'plain'), { date });
  zip.file('datapackage.json', JSON.stringify(dataPackage(d, csvName), null, 2) + '\n', { date });
  zip.file('README.md', readme(d, csvName), { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
