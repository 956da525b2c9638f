import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfficeCreate, OfficeImportResult, OfficeOut, OfficePatch } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

const officePath = (code: string) => `/api/offices/${encodeURIComponent(code)}`;

/** POST /api/offices → 201 (400 naming the field, 409 when the code is taken). */
export const createOffice = async ({ body }: { body: OfficeCreate }) => (await apiSend<OfficeOut>('POST', '/api/offices', { body })).data;

/** PATCH /api/offices/:code, based on the version read (If-Match): 409 with currentVersion when someone saved in between. */
export const updateOffice = async ({ code, version, body }: { code: string; version: number; body: OfficePatch }) =>
  (await apiSend<OfficeOut>('PATCH', officePath(code), { body, ifMatch: `"v${version}-"` })).data;

/** POST /api/offices/import: `dryRun` → 200 with what would change; otherwise 201 once written; 422 lists the file's problems. */
export async function importOffices({ file, dryRun }: { file: File; dryRun: boolean }): Promise<OfficeImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await apiSend<OfficeImportResult>('POST', `/api/offices/import${dryRun ? '?dryRun=true' : ''}`, { body: form })).data;
}

/** A write that changes offices: the list (and the users' office choices) are read again; a dry run changes nothing. */
function useOfficeMutation<V, R>(fn: (v: V) => Promise<R>, changed: (r: R) => boolean = () => true) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (r) => {
      if (changed(r)) void queryClient.invalidateQueries({ queryKey: queryKeys.offices.all });
    },
  });
}

export const useCreateOffice = () => useOfficeMutation(createOffice);
export const useUpdateOffice = () => useOfficeMutation(updateOffice);
export const useImportOffices = () => useOfficeMutation(importOffices, (r) => !r.dryRun);
