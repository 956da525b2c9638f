/** A round form's values as typed. */
import { localToday } from '../../../lib/format';
export type RoundDraft = { period: string; deadline: string; reminderDays: string };

export type RoundField = keyof RoundDraft;
type ErrorKey = 'required' | 'period' | 'past' | 'reminderDays';

const PERIOD = /^\d{4}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/**
 * The client's checks, as the server makes them (which also checks the period is one of the plan's
 * years and the reminder comes before the deadline): an i18n key by field.
 */
export function checkRound(v: RoundDraft, today: string = localToday()): Partial<Record<RoundField, ErrorKey>> {
  const out: Partial<Record<RoundField, ErrorKey>> = {};
  const period = v.period.trim();
  if (!period) out.period = 'required';
  else if (!PERIOD.test(period)) out.period = 'period';
  if (!v.deadline) out.deadline = 'required';
  else if (v.deadline < today) out.deadline = 'past';
  if (v.reminderDays.trim() && !/^\d+$/.test(v.reminderDays.trim())) out.reminderDays = 'reminderDays';
  return out;
}

/** The semester `today` falls in, e.g. 2026-S2: the usual period to ask about. */
export function currentSemester(today: string = localToday()): string {
  return `${today.slice(0, 4)}-S${Number(today.slice(5, 7)) <= 6 ? 1 : 2}`;
}
