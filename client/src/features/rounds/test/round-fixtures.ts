import type { RoundDetail } from '@psm/server/contract';

/** A round of psm-2024-2026 with one manager late and one done (made-up people, plausible figures). */
export function roundDetail(over: Partial<RoundDetail> = {}): RoundDetail {
  return {
    id: 3,
    plan: 'psm-2024-2026',
    period: '2026-S2',
    deadline: '2027-01-15',
    reminderDays: 7,
    reminderAt: '2027-01-08T08:00:00.000Z',
    openedBy: 'admin@example.org',
    openedAt: '2026-12-01T09:00:00.000Z',
    closedAt: null,
    actions: 3,
    reported: 1,
    notReported: 2,
    mailConfigured: true,
    offices: [
      { code: 'UFF-MOB', name: 'Mobilità sostenibile', actions: 2, reported: 0, notReported: 2 },
      { code: null, name: null, actions: 1, reported: 1, notReported: 0 },
    ],
    managers: [
      {
        userId: 11,
        name: 'Giulia Ferrero',
        email: 'giulia.ferrero@example.org',
        office: 'UFF-MOB',
        actions: 2,
        reported: 0,
        notReported: 2,
        missing: [
          { code: '1.1.1', title: 'Torino metropoli digitale' },
          { code: '1.1.2', title: 'Rete dei servizi' },
        ],
        lastMail: { kind: 'apertura', status: 'sent', error: null, address: 'giulia.ferrero@example.org', at: '2026-12-01T09:00:05.000Z' },
      },
      {
        userId: 12,
        name: 'Marco Bonetto',
        email: 'marco.bonetto@example.org',
        office: null,
        actions: 1,
        reported: 1,
        notReported: 0,
        missing: [],
        lastMail: { kind: 'apertura', status: 'failed', error: 'Mailbox unavailable', address: 'marco.bonetto@example.org', at: '2026-12-01T09:00:06.000Z' },
      },
    ],
    unassigned: 0,
    jobs: [
      { kind: 'apertura', status: 'done', runAt: '2026-12-01T09:00:00.000Z', attempts: 1, lastError: null },
      { kind: 'promemoria', status: 'queued', runAt: '2027-01-08T08:00:00.000Z', attempts: 0, lastError: null },
    ],
    ...over,
  };
}
