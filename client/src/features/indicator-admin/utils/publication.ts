import type { PublishField } from '@psm/server/contract';
import { ApiError } from '../../../lib/api-client';

/** The metadata form's control for each field publishing needs (the source: its agency; a URL does too). */
export const FIELD_ANCHOR: Record<PublishField, string> = {
  name: 'md-name',
  unit: 'md-unit',
  source: 'md-sourceAgency',
  polarity: 'md-polarity',
  licence: 'md-licence',
};

const isPublishField = (name: unknown): name is PublishField => typeof name === 'string' && Object.hasOwn(FIELD_ANCHOR, name);

/** The fields a refused publication (422 not-publishable) names; empty for any other error. */
export function refusedFields(error: unknown): PublishField[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const errors = error.problem.errors;
  return Array.isArray(errors) ? errors.map((e: { name?: unknown }) => e.name).filter(isPublishField) : [];
}
