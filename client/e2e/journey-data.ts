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
  /** What the preview says it read (it-IT numbers). */
  previewFacts: ['1.840 righe lette', '1.817 escluse dai filtri', '1 territorio', 'periodi da 2000 a 2022'],
  /** The new series, absent before the import. */
  territory: { code: 'ITC', name: 'Nord-ovest' },
  periods: { first: '2000', last: '2022', count: 23 },
  /** The last value: 40,700 euro per inhabitant in 2022 (it-IT "40.700", en-GB "40,700"). */
  lastValue: { period: '2022', value: 40700, it: '40.700', en: '40,700' },
  unit: 'euro per abitante',
  /** The indicator page with Torino and Nord-ovest compared (territories are kept in the URL, `territori`). */
  indicatorPath: '/indicatori/EUROSTAT_GDP_EUR_HAB?territori=ITC11,ITC',
} as const;

/**
 * The visitor's journey, on the seed data: from the home (the newest plan) to strategy 2.1, its
 * indicator "Raccolta differenziata" (Torino and Piemonte compared) and the CSV of Torino alone.
 */
export const VISITOR_JOURNEY = {
  plan: 'psm-2024-2026',
  planTitle: 'Piano strategico metropolitano 2024-2026',
  strategy: { code: '2.1', title: 'Costruire e infrastrutturare la metropoli verde', actions: ['2.1.1', '2.1.2'] },
  indicator: {
    code: 'BES_10AMB017',
    name: 'Raccolta differenziata dei rifiuti urbani',
    nameEn: 'Separate collection of municipal waste',
    /** Its latest value for the plan's territory (2023): it-IT "64,1%", en-GB "64.1%". */
    latest: { period: '2023', value: 64.1, it: '64,1%', en: '64.1%' },
  },
  /** The plan's territory, kept; the comparison territory switched off. */
  kept: { code: 'ITC11', name: 'Città metropolitana di Torino' },
  dropped: { code: 'ITC1', name: 'Piemonte' },
  /** The header of the indicator's "CSV per Excel" (semicolon-separated). */
  csvHeader: 'codice_indicatore;codice_territorio;territorio;periodo;valore;unita_di_misura;segni;nota;fonte',
} as const;

/**
 * The manager's status update: an action of strategy 2.1 assigned to them by name, the status
 * "In corso" at 40 %, a comment and the act it rests on (shown on the action page as
 * "Determinazione dirigenziale n. 123/2026 del 12 marzo 2026").
 */
export const MANAGER_UPDATE = {
  plan: 'psm-2024-2026',
  action: '2.1.1',
  strategy: '2.1',
  status: 'In corso',
  progress: 40,
  progressText: '40%',
  comment: 'Avviata la mappatura delle aree protette con i comuni della zona omogenea; prima bozza della rete ecologica in revisione.',
  evidence: { type: 'Determinazione dirigenziale', number: '123/2026', date: '2026-03-12', dateIt: '12 marzo 2026' },
} as const;

/** The conflict: the same manager saves the same action from two tabs (another action, so the journeys stay independent). */
export const MANAGER_CONFLICT = {
  plan: 'psm-2024-2026',
  action: '2.1.2',
  first: { status: 'Avviata', progress: 10, comment: 'Primo aggiornamento, dalla prima scheda.' },
  second: { status: 'In ritardo', progress: 25, comment: 'Aggiornamento scritto nella seconda scheda, salvato dopo il primo.' },
} as const;

/** The admin's journey: a new manager account, an action assigned to it, then a new password. */
export const ADMIN_JOURNEY = {
  newUser: { email: 'nuovo.referente.e2e@example.org', name: 'Nuovo Referente E2E', role: 'Responsabile di azioni', password: 'password-iniziale-e2e-1' },
  newPassword: 'password-nuova-e2e-2',
  plan: 'psm-2024-2026',
  action: '3.1.1',
} as const;
