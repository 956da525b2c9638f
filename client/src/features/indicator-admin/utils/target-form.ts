import type { TargetCreate } from '@psm/server/contract';

export type TargetValues = { territory: string; period: string; value: string; plan: string; description: string; sourceUrl: string };
export type TargetField = keyof TargetValues;
export const TARGET_FIELDS: readonly TargetField[] = ['territory', 'period', 'value', 'plan', 'description', 'sourceUrl'];
export const EMPTY_TARGET: TargetValues = { territory: '', period: '', value: '', plan: '', description: '', sourceUrl: '' };

const PERIOD = /^\d{4}(-(Q[1-4]|S[12]|0[1-9]|1[0-2]))?$/;

/** "1.234,5" or "1234.5" → 1234.5; null when it is not a number. */
export function parseDecimal(text: string): number | null {
  let s = text.trim().replace(/\s/g, '');
  if (!s) return null;
  // With both separators the last one is the decimal one; a lone comma is decimal (Italian).
  if (s.includes(',') && s.includes('.')) s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null;
  return Number(s);
}

export type TargetError = { field: TargetField; kind: 'required' | 'period' | 'value' | 'url' };

export function validateTarget(v: TargetValues): TargetError[] {
  const errors: TargetError[] = [];
  if (!v.territory) errors.push({ field: 'territory', kind: 'required' });
  if (!v.period.trim()) errors.push({ field: 'period', kind: 'required' });
  else if (!PERIOD.test(v.period.trim().toUpperCase())) errors.push({ field: 'period', kind: 'period' });
  if (!v.value.trim()) errors.push({ field: 'value', kind: 'required' });
  else if (parseDecimal(v.value) === null) errors.push({ field: 'value', kind: 'value' });
  const url = v.sourceUrl.trim();
  if (!url) errors.push({ field: 'sourceUrl', kind: 'required' });
  else if (!/^https?:\/\/[^\s]+\.[^\s]+/i.test(url)) errors.push({ field: 'sourceUrl', kind: 'url' });
  return errors;
}

export function targetBody(v: TargetValues): TargetCreate {
  return {
    territory: v.territory,
    period: v.period.trim().toUpperCase(),
    value: parseDecimal(v.value)!,
    description: v.description.trim() || null,
    sourceUrl: v.sourceUrl.trim(),
    plan: v.plan || null,
  };
}
