import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportRecipe, ImportRecipeCreate, ImportRecipePatch } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { SOURCES_PATH } from './get-sources';

const one = (id: number) => `${SOURCES_PATH}/${id}`;

/** POST /api/import-recipes → 201 (400 naming the field). */
export const createSource = async (body: ImportRecipeCreate) => (await apiSend<ImportRecipe>('POST', SOURCES_PATH, { body })).data;

/** PATCH /api/import-recipes/:id → the recipe. */
export const patchSource = async ({ id, body }: { id: number; body: ImportRecipePatch }) => (await apiSend<ImportRecipe>('PATCH', one(id), { body })).data;

/** DELETE /api/import-recipes/:id. */
export const deleteSource = async (id: number) => (await apiSend<{ deleted: number }>('DELETE', one(id))).data;

/** POST /api/import-recipes/:id/check → the recipe with its new check state (an unreadable source is its error). */
export const checkSource = async (id: number) => (await apiSend<ImportRecipe>('POST', `${one(id)}/check`)).data;

/** POST /api/import-recipes/:id/refresh → 202 with the import batch the download created. */
export const refreshSource = async (id: number) => (await apiSend<{ batchId: number; recipe: ImportRecipe }>('POST', `${one(id)}/refresh`)).data;

/** A write on the sources: the list is read again. */
function useSourceMutation<V, R>(fn: (v: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.sources.all }) });
}

export const useCreateSource = () => useSourceMutation(createSource);
export const usePatchSource = () => useSourceMutation(patchSource);
export const useDeleteSource = () => useSourceMutation(deleteSource);
export const useCheckSource = () => useSourceMutation(checkSource);
export const useRefreshSource = () => useSourceMutation(refreshSource);
