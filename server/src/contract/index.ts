/**
 * The API contract: every zod schema that crosses HTTP (path, query, body, response), exported by
 * name, with the types derived from it. Routes declare these schemas (validation and the OpenAPI
 * document come from them); the client imports the types (`import type … from '@psm/server/contract'`)
 * and the zod-free value lists (`@psm/server/contract/values`). One file per resource.
 */
export * from './action-edit';
export * from './action-register';
export * from './action-update';
export * from './actions';
export * from './audit';
export * from './auth';
export * from './common';
export * from './context';
export * from './dashboard';
export * from './downloads';
export * from './figures';
export * from './imports';
export * from './indicator-values';
export * from './indicators';
export * from './indicator-drafts';
export * from './judgement';
export * from './observations';
export * from './oembed';
export * from './offices';
export * from './plan-import';
export * from './planning-tools';
export * from './plans';
export * from './progress';
export * from './revisions';
export * from './site';
export * from './setup';
export * from './strategy-indicators';
export * from './territories';
export * from './users';
export * from './values';
export * from './reports';
export * from './rounds';
export * from './import-recipes';
