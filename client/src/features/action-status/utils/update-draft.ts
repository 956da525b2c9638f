import type { ActionDetail, ActionStatus, ActionUpdateInput } from '@psm/server/contract';

/** What the user types, as text, until it is checked and sent. */
export type Draft = {
  status: string;
  progress: string;
  reportingPeriod: string;
  comment: string;
  evidenceType: string;
  evidenceNumber: string;
  evidenceDate: string;
  evidenceUrl: string;
};

/** The server's names of the fields (problem `errors[].name`); also the form's error keys. */
export const FIELDS = ['status', 'progress', 'reportingPeriod', 'comment', 'evidence.type', 'evidence.number', 'evidence.date', 'evidence.url'] as const;
export type FieldName = (typeof FIELDS)[number];

export const COMMENT_MAX = 20000;

/** Kinds of supporting act; stored as these Italian words, shown translated. */
export const EVIDENCE_TYPES = ['Delibera', 'Decreto', 'Determinazione dirigenziale', 'Atto', 'Documento', 'Sito web', 'Altro'] as const;

/** A new update starts from the action's current status and progress, for the current semester. */
export function initialDraft(action: ActionDetail): Draft {
  return {
    status: action.status?.code ?? '',
    progress: action.progress == null ? '' : String(action.progress),
    reportingPeriod: action.currentPeriod,
    comment: '',
    evidenceType: '',
    evidenceNumber: '',
    evidenceDate: '',
    evidenceUrl: '',
  };
}

type ErrorKey =
  | 'statusRequired'
  | 'statusUnknown'
  | 'progressInteger'
  | 'progressRange'
  | 'periodRequired'
  | 'commentTooLong'
  | 'evidenceTypeRequired'
  | 'dateInvalid'
  | 'urlInvalid';

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && Boolean(u.hostname);
  } catch {
    return false;
  }
}

const isRealDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** The same rules as the server (contract/action-update.ts), as message keys by field. */
export function validateDraft(d: Draft, statuses: ActionStatus[]): Partial<Record<FieldName, ErrorKey>> {
  const e: Partial<Record<FieldName, ErrorKey>> = {};
  if (!d.status) e.status = 'statusRequired';
  else if (!statuses.some((s) => s.code === d.status)) e.status = 'statusUnknown';
  const p = d.progress.trim();
  if (p) {
    if (!/^\d+$/.test(p)) e.progress = /^-?\d+([.,]\d+)?$/.test(p) && !p.startsWith('-') ? 'progressInteger' : 'progressRange';
    else if (Number(p) > 100) e.progress = 'progressRange';
  }
  if (!d.reportingPeriod) e.reportingPeriod = 'periodRequired';
  if (d.comment.length > COMMENT_MAX) e.comment = 'commentTooLong';
  const anyEvidence = d.evidenceNumber.trim() || d.evidenceDate || d.evidenceUrl.trim();
  if (anyEvidence && !d.evidenceType) e['evidence.type'] = 'evidenceTypeRequired';
  if (d.evidenceDate && !isRealDate(d.evidenceDate)) e['evidence.date'] = 'dateInvalid';
  if (d.evidenceUrl.trim() && !isHttpUrl(d.evidenceUrl.trim())) e['evidence.url'] = 'urlInvalid';
  return e;
}

/** The request body: empty texts are left out, progress is a number. */
export function toBody(d: Draft): ActionUpdateInput {
  const body: ActionUpdateInput = { status: d.status, reportingPeriod: d.reportingPeriod };
  if (d.progress.trim()) body.progress = Number(d.progress.trim());
  if (d.comment.trim()) body.comment = d.comment.trim();
  if (d.evidenceType) {
    body.evidence = {
      type: d.evidenceType,
      number: d.evidenceNumber.trim() || null,
      date: d.evidenceDate || null,
      url: d.evidenceUrl.trim() || null,
    };
  }
  return body;
}

