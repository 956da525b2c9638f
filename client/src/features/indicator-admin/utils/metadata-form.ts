import type { Frequency, IndicatorDetail, IndicatorPatch, Polarity } from '@psm/server/contract';

/** The form's values: text as typed (decimals too), so nothing is lost while the analyst types. */
export type MetadataValues = {
  name: string;
  nameEn: string;
  definition: string;
  unit: string;
  decimals: string;
  polarity: Polarity;
  polarityNote: string;
  frequency: Frequency | string;
  sourceAgency: string;
  sourceDataset: string;
  sourceUrl: string;
  licence: string;
  theme: string;
  notes: string;
  /** YYYY-MM-DD as a date input gives it; '' for none. */
  releaseDate: string;
  nextRelease: string;
  /** The office's id as text; '' for none. */
  responsibleOfficeId: string;
};
export type MetadataField = keyof MetadataValues;

/** Texts that may be cleared (sent as null); name may not. */
const OPTIONAL_TEXT = ['nameEn', 'definition', 'unit', 'polarityNote', 'sourceAgency', 'sourceDataset', 'sourceUrl', 'licence', 'theme', 'notes'] as const;

/** Longest text the server takes for each field. */
export const MAX_LENGTH: Partial<Record<MetadataField, number>> = {
  name: 500,
  nameEn: 500,
  definition: 5000,
  unit: 100,
  polarityNote: 2000,
  sourceAgency: 500,
  sourceDataset: 500,
  licence: 500,
  theme: 200,
  notes: 5000,
};

export function valuesOf(i: IndicatorDetail): MetadataValues {
  return {
    name: i.name,
    nameEn: i.nameEn ?? '',
    definition: i.definition ?? '',
    unit: i.unit ?? '',
    decimals: i.decimals == null ? '' : String(i.decimals),
    polarity: i.polarity,
    polarityNote: i.polarityNote ?? '',
    frequency: i.frequency,
    sourceAgency: i.sourceAgency ?? '',
    sourceDataset: i.sourceDataset ?? '',
    sourceUrl: i.sourceUrl ?? '',
    licence: i.licence ?? '',
    theme: i.theme ?? '',
    notes: i.notes ?? '',
    releaseDate: i.releaseDate ?? '',
    nextRelease: i.nextRelease ?? '',
    responsibleOfficeId: i.responsibleOfficeId == null ? '' : String(i.responsibleOfficeId),
  };
}

/** A real calendar day written YYYY-MM-DD. */
const isIsoDate = (v: string) => {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export type ValidationError = { field: MetadataField; kind: 'required' | 'decimals' | 'url' | 'tooLong' | 'date' | 'order'; max?: number };

const isHttpUrl = (v: string) => {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/** The checks the server makes, done first so the analyst sees them at once (the server has the last word). */
export function validate(v: MetadataValues): ValidationError[] {
  const errors: ValidationError[] = [];
  if (!v.name.trim()) errors.push({ field: 'name', kind: 'required' });
  const d = v.decimals.trim();
  if (d && !/^[0-6]$/.test(d)) errors.push({ field: 'decimals', kind: 'decimals' });
  const url = v.sourceUrl.trim();
  if (url && !isHttpUrl(url)) errors.push({ field: 'sourceUrl', kind: 'url' });
  for (const field of ['releaseDate', 'nextRelease'] as const) {
    const d = v[field].trim();
    if (d && !isIsoDate(d)) errors.push({ field, kind: 'date' });
  }
  const [rel, next] = [v.releaseDate.trim(), v.nextRelease.trim()];
  if (isIsoDate(rel) && isIsoDate(next) && next < rel) errors.push({ field: 'nextRelease', kind: 'order' });
  for (const [field, max] of Object.entries(MAX_LENGTH) as [MetadataField, number][]) {
    if (v[field].trim().length > max) errors.push({ field, kind: 'tooLong', max });
  }
  return errors;
}

/** Only what changed: trimmed, an emptied text as null (the server clears it), decimals as a number. */
export function patchOf(before: MetadataValues, after: MetadataValues): IndicatorPatch {
  const patch: Record<string, unknown> = {};
  if (after.name.trim() !== before.name.trim()) patch.name = after.name.trim();
  for (const f of OPTIONAL_TEXT) {
    const a = after[f].trim();
    if (a !== before[f].trim()) patch[f] = a === '' ? null : a;
  }
  if (after.decimals.trim() !== before.decimals.trim()) patch.decimals = after.decimals.trim() === '' ? null : Number(after.decimals.trim());
  if (after.polarity !== before.polarity) patch.polarity = after.polarity;
  if (after.frequency !== before.frequency) patch.frequency = after.frequency;
  for (const f of ['releaseDate', 'nextRelease'] as const) {
    if (after[f].trim() !== before[f].trim()) patch[f] = after[f].trim() || null;
  }
  if (after.responsibleOfficeId !== before.responsibleOfficeId) patch.responsibleOfficeId = after.responsibleOfficeId ? Number(after.responsibleOfficeId) : null;
  return patch as IndicatorPatch;
}

/** Field names as the server's problem names them: the same as the form's. */
export const FIELD_NAMES: readonly MetadataField[] = [
  'name',
  'nameEn',
  'definition',
  'unit',
  'decimals',
  'polarity',
  'polarityNote',
  'frequency',
  'sourceAgency',
  'sourceDataset',
  'sourceUrl',
  'licence',
  'theme',
  'notes',
  'releaseDate',
  'nextRelease',
  'responsibleOfficeId',
];
