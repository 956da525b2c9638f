// Test data shaped like the API's answers (taken from a local server with a few recorded updates).
import type { ActionDetail, ActionRow, ActionTable, PlanList } from '@psm/server/contract';
import { plan2024Of } from '../../test/fixtures';
import { actionRowOf, actionStatusesOf, currentStatusOf } from '../../test/fixtures/actions';

export const PLAN = 'psm-2024-2026';

export const statuses = actionStatusesOf();

const axis1 = { code: '1', title: 'Torino metropoli più produttiva e innovativa' };
const strategy11 = { code: '1.1', title: 'Garantire una diffusa digitalizzazione del territorio e delle sue attività' };
const sa1 = { code: 'SA1', name: 'Direzione Sviluppo economico e attività produttive' };

const row = (over: Partial<ActionRow> & Pick<ActionRow, 'code' | 'title'>): ActionRow => actionRowOf({ strategy: strategy11, axis: axis1, ...over });

export const rows: ActionRow[] = [
  row({
    code: '1.1.1',
    title: 'Garantire qualità e affidabilità della connessione digitale',
    office: sa1,
    bodyRole: 'lead',
    plannedStart: '2024-09-01',
    plannedEnd: '2025-12-31',
    actualStart: '2024-10-15',
    status: currentStatusOf('in_corso'),
    progress: 60,
    lastPeriod: '2026-S2',
    updatedAt: '2026-11-24T22:26:00.527Z',
    toUpdate: false,
    zones: [
      { code: 'ITC11-ZO05', name: 'Pinerolese' },
      { code: 'ITC11-ZO06', name: 'Valli di Susa e Sangone' },
    ],
    fundingSources: ['own', 'pnrr'],
  }),
  row({
    code: '1.1.2',
    title: 'Favorire la raccolta e la condivisione di dati',
    office: { code: 'PT2', name: 'Direzione Pianificazione territoriale' },
    status: currentStatusOf('completata'),
    progress: 100,
    lastPeriod: '2025-S2',
    toUpdate: false,
    zones: [{ code: 'ITC11-ZO01', name: 'Torino' }],
    fundingSources: ['fesr'],
  }),
  row({
    code: '1.1.3',
    title: 'Promuovere ricerca sulle telecomunicazioni di nuova generazione',
    office: sa1,
    status: currentStatusOf('in_corso'),
    progress: 40,
    lastPeriod: '2025-S2',
    toUpdate: true,
    zones: [{ code: 'ITC11-ZO05', name: 'Pinerolese' }],
  }),
  row({
    code: '2.1.1',
    title: 'Incrementare la superficie delle aree protette',
    strategy: { code: '2.1', title: 'Costruire e infrastrutturare la metropoli verde' },
    axis: { code: '2', title: 'Torino metropoli più verde ed ecologica' },
  }),
];

export const table: ActionTable = { plan: PLAN, currentPeriod: '2026-S2', items: rows };

export const plans: PlanList = { items: [plan2024Of()] };

export const detail: ActionDetail = {
  ...rows[0]!,
  plan: PLAN,
  description: null,
  currentPeriod: '2026-S2',
  version: 5,
  history: [
    {
      id: 3,
      status: 'in_corso',
      statusLabelIt: 'In corso',
      progress: 60,
      reportingPeriod: '2026-S2',
      comment: 'Recuperato il ritardo.',
      evidence: { type: 'Determinazione dirigenziale', number: '1234', date: '2026-07-20', url: null },
      author: 'Maria Rossi',
      createdAt: '2026-11-24T10:26:00.527Z',
      actionVersion: 5,
    },
    {
      id: 1,
      status: 'avviata',
      statusLabelIt: 'Avviata',
      progress: 10,
      reportingPeriod: '2025-S1',
      comment: 'Avviata la mappatura delle aree non coperte.',
      evidence: {
        type: 'Decreto del Sindaco metropolitano',
        number: '45/2025',
        date: '2025-03-12',
        url: 'https://www.cittametropolitana.torino.it/atti/decreto-45-2025',
      },
      author: null,
      createdAt: '2025-03-20T09:00:00.000Z',
      actionVersion: 3,
    },
  ],
  milestones: [
    { title: 'Mappatura delle aree bianche', plannedDate: '2024-12-31', actualDate: '2025-02-14' },
    { title: 'Collaudo delle prime tratte', plannedDate: '2025-09-30', actualDate: null },
  ],
  partners: [{ name: 'Regione Piemonte', role: 'cofinanziatore' }],
  fundings: [
    { sourceType: 'pnrr', pnrrCode: 'M1C2I3.1', cup: 'J11B21004560006', amount: 1250000, description: 'Piano Italia 1 Giga', sourceUrl: 'https://www.italiadomani.gov.it/' },
    { sourceType: 'bei', pnrrCode: null, cup: null, amount: null, description: null, sourceUrl: null },
  ],
  objectives: [
    { tool: 'dup-2024', toolKind: 'dup', toolName: 'DUP 2024-2026', toolUrl: null, code: 'OS-4', title: 'Territorio digitale e connesso', note: null },
    { tool: 'pums-2022', toolKind: 'pums', toolName: 'PUMS della Città metropolitana', toolUrl: 'https://example.org/pums', code: 'A.2', title: 'Ridurre la necessità di spostamento', note: 'servizi a distanza' },
  ],
};

export const manager = {
  user: { id: 7, email: 'm@example.org', name: 'Maria Rossi', role: 'manager' as const, officeId: 1 },
  csrfToken: 'token',
};
