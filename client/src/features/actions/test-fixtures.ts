// Test data shaped like the API's answers (taken from a local server with a few recorded updates).
import type { ActionDetail, ActionRow, ActionStatusList, ActionTable, PlanList } from './types';

export const PLAN = 'psm-2024-2026';

const status = (code: string, labelIt: string, labelEn: string, colour: string, position: number, closed = false) => ({
  code,
  labelIt,
  labelEn,
  rag: 'green' as const,
  colour,
  position,
  closed,
});

export const statuses: ActionStatusList = {
  items: [
    status('non_avviata', 'Non avviata', 'Not started', '#7F7F7F', 1),
    status('avviata', 'Avviata', 'Started', '#56B4E9', 2),
    status('in_corso', 'In corso', 'In progress', '#009E73', 3),
    status('in_ritardo', 'In ritardo', 'Delayed', '#E69F00', 4),
    status('completata', 'Completata', 'Completed', '#0072B2', 5, true),
    status('sospesa', 'Sospesa', 'Suspended', '#D55E00', 6),
  ],
};

const current = (code: string) => {
  const s = statuses.items.find((i) => i.code === code)!;
  return { code: s.code, labelIt: s.labelIt, labelEn: s.labelEn, rag: s.rag, colour: s.colour, closed: s.closed };
};

const axis1 = { code: '1', title: 'Torino metropoli più produttiva e innovativa' };
const strategy11 = { code: '1.1', title: 'Garantire una diffusa digitalizzazione del territorio e delle sue attività' };
const sa1 = { code: 'SA1', name: 'Direzione Sviluppo economico e attività produttive' };

function row(over: Partial<ActionRow> & Pick<ActionRow, 'code' | 'title'>): ActionRow {
  return {
    strategy: strategy11,
    axis: axis1,
    office: null,
    responsible: null,
    bodyRole: null,
    plannedStart: null,
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    weight: 1,
    status: null,
    progress: null,
    lastPeriod: null,
    updatedAt: null,
    toUpdate: true,
    zones: [],
    fundingSources: [],
    ...over,
  };
}

export const rows: ActionRow[] = [
  row({
    code: '1.1.1',
    title: 'Garantire qualità e affidabilità della connessione digitale',
    office: sa1,
    bodyRole: 'lead',
    plannedStart: '2024-09-01',
    plannedEnd: '2025-12-31',
    actualStart: '2024-10-15',
    status: current('in_corso'),
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
    status: current('completata'),
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
    status: current('in_corso'),
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

export const plans: PlanList = {
  items: [
    {
      code: PLAN,
      title: 'Piano strategico metropolitano 2024-2026',
      subtitle: null,
      periodStart: 2024,
      periodEnd: 2026,
      territory: { code: 'ITC11', name: 'Città metropolitana di Torino' },
      approvedBy: null,
      approvedOn: null,
      counts: { axes: { loaded: 6, declared: 6 }, strategies: { loaded: 6, declared: 25 }, actions: { loaded: 13, declared: 113 } },
      declaredCountsSource: null,
    },
  ],
};

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
};

export const manager = {
  user: { id: 7, email: 'm@example.org', name: 'Maria Rossi', role: 'manager' as const, officeId: 1 },
  csrfToken: 'token',
};
