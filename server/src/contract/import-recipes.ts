import { z } from 'zod';
import { httpUrl, idParam, safeText } from './common';
import { importOptionsSchema } from './imports';
import { IMPORT_FORMATS } from './values';

export const SOURCE_CHECK_STATUSES = ['unchanged', 'changed', 'error'] as const;

export const importRecipeParams = z.object({ id: idParam.describe('Recipe id') });

/** The options of an upload but the format, which the recipe keeps apart (null: detected). */
export const recipeOptions = importOptionsSchema.omit({ format: true });

export const importRecipeCreate = z.strictObject({
  name: safeText().trim().min(1, 'is required').max(200).describe('What the source is, e.g. "ISTAT: incidenti stradali per comune"'),
  url: httpUrl.max(2000).describe('The address of the source: an ISTAT SDMX or Eurostat API query, or any https CSV/XLSX'),
  format: z.enum(IMPORT_FORMATS).nullable().optional().describe('Force a reader; null or omitted: detected from the file'),
  indicator: safeText().trim().min(1).max(100).nullable().optional().describe('Code of the indicator whose source this is'),
  options: recipeOptions.optional().describe('The import options: indicator, map, filters, createIndicators, source'),
});
export type ImportRecipeCreate = z.infer<typeof importRecipeCreate>;

export const importRecipePatch = importRecipeCreate.partial();
export type ImportRecipePatch = z.infer<typeof importRecipePatch>;

export const sourceError = z.object({
  code: z.string().describe('source.timeout, source.httpStatus, source.tooLarge, source.tooManyRedirects, source.badScheme, source.network'),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const importRecipe = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string(),
  format: z.enum(IMPORT_FORMATS).nullable(),
  indicator: z.object({ code: z.string(), name: z.string() }).nullable(),
  options: recipeOptions,
  check: z.object({
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    checksum: z.string().nullable(),
    lastCheckedAt: z.string().nullable(),
    status: z.enum(SOURCE_CHECK_STATUSES).nullable(),
    error: sourceError.nullable(),
    /** The source changed since its last import (or was never imported): "new data available". */
    changedSinceImport: z.boolean(),
    nextCheckAt: z.string(),
  }),
  lastBatchId: z.number().int().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ImportRecipe = z.infer<typeof importRecipe>;

export const importRecipeList = z.object({
  items: z.array(importRecipe),
  /** Days between scheduled checks (SOURCE_CHECK_DAYS); 0: no scheduled check. */
  checkDays: z.number().int(),
});

export const importRecipeRefresh = z.object({
  batchId: z.number().int().describe('The import batch created: poll /api/imports/{batchId} for its preview'),
  recipe: importRecipe,
});

export const importRecipeDeleted = z.object({ deleted: z.number().int() });
