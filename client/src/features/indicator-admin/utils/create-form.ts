import type { IndicatorCreate, IndicatorKind, IndicatorSource } from '@psm/server/contract';
import { FIELD_NAMES, patchOf, validate, type MetadataField, type MetadataValues, type ValidationError } from './metadata-form';

export type CreateValues = MetadataValues & { code: string; source: IndicatorSource; kind: IndicatorKind };
export type CreateField = MetadataField | 'code' | 'source' | 'kind';
export type CreateError = ValidationError | { field: 'code'; kind: 'code' };

/** Fields in the order the form shows them (and the server names them). */
export const CREATE_FIELDS: readonly CreateField[] = ['code', 'source', 'kind', ...FIELD_NAMES];

const EMPTY_METADATA: MetadataValues = {
  name: '',
  nameEn: '',
  definition: '',
  unit: '',
  decimals: '',
  polarity: 'neutral',
  polarityNote: '',
  frequency: 'annual',
  sourceAgency: '',
  sourceDataset: '',
  sourceUrl: '',
  licence: '',
  theme: '',
  notes: '',
  releaseDate: '',
  nextRelease: '',
  responsibleOfficeId: '',
};
/** A new indicator starts as a constructed one of the body's own data. */
export const EMPTY_CREATE: CreateValues = { ...EMPTY_METADATA, code: '', source: 'ente', kind: 'constructed' };

/** The server's rule for a code. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_-]{1,39}$/;

/** The server's checks, done first: the code's form, then the metadata's. */
export function validateCreate(v: CreateValues): CreateError[] {
  const code: CreateError[] = CODE_PATTERN.test(v.code.trim()) ? [] : [{ field: 'code', kind: 'code' }];
  return [...code, ...validate(v)];
}

/** The body: code, source, kind, and every metadata field filled in (empty ones left out). */
export function createBodyOf(v: CreateValues): IndicatorCreate {
  const meta = patchOf(EMPTY_METADATA, v) as Record<string, unknown>;
  const filled = Object.fromEntries(Object.entries(meta).filter(([, x]) => x !== null));
  return { ...filled, polarity: v.polarity, frequency: v.frequency, name: v.name.trim(), code: v.code.trim(), source: v.source, kind: v.kind } as IndicatorCreate;
}
