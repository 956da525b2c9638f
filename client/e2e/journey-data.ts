import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The analyst journey's import (see fixtures/PROVENANCE.md): a real Eurostat file whose import adds
 * a territory to a seeded indicator. Figures read from the file (line 6), checked through the API.
 */
export const ANALYST_IMPORT = {
  file: path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv'),
  fileName: 'eurostat_tsv_nama_10r_3gdp_excerpt_IT_ITC1.tsv',
  format: 'eurostat-tsv',
  /** Options of the import form / API: one indicator for the whole file and two dimension filters. */
  indicator: 'EUROSTAT_GDP_EUR_HAB',
  filters: { unit: 'EUR_HAB', geo: 'ITC' },
  /** The preview and commit report. */
  counts: { records: 1840, filteredOut: 1817, missing: 0, inserted: 23, updated: 0, unchanged: 0, errors: 0 },
  /** The new series, absent before the import. */
  territory: { code: 'ITC', name: 'Nord-ovest' },
  periods: { first: '2000', last: '2022', count: 23 },
  /** The last value: 40,700 euro per inhabitant in 2022 (it-IT "40.700", en-GB "40,700"). */
  lastValue: { period: '2022', value: 40700, it: '40.700', en: '40,700' },
  unit: 'euro per abitante',
  /** The indicator page with Torino and Nord-ovest compared (territories are kept in the URL, `territori`). */
  indicatorPath: '/indicatori/EUROSTAT_GDP_EUR_HAB?territori=ITC11,ITC',
} as const;
