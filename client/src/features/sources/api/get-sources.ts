import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ImportRecipe } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const SOURCES_PATH = '/api/import-recipes';

export type SourceList = { items: ImportRecipe[]; checkDays: number };

/** GET /api/import-recipes: every source with its last check, and the days between scheduled checks. */
export const getSources = (signal?: AbortSignal) => apiGet<SourceList>(SOURCES_PATH, { signal, cache: 'no-cache' });

export const sourcesQueryOptions = () => queryOptions({ queryKey: queryKeys.sources.list(), queryFn: ({ signal }) => getSources(signal) });

export const useSources = () => useQuery(sourcesQueryOptions());
