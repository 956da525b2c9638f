import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PlanImportResult } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { PlanFields } from '../types';

/** The multipart form: the text fields given (the server rejects empty ones only when required) and the file last. */
export function planFormData(file: File, fields: PlanFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value.trim()) form.append(name, value.trim());
  form.append('file', file, file.name);
  return form;
}

/** POST /api/plans/import (admin): `dryRun` → 200 with what would change; otherwise 201 once written. 422 lists the file's problems. */
export async function importPlan(file: File, fields: PlanFields, dryRun: boolean): Promise<PlanImportResult> {
  const { data } = await apiSend<PlanImportResult>('POST', `/api/plans/import${dryRun ? '?dryRun=true' : ''}`, {
    body: planFormData(file, fields),
  });
  return data;
}

export function useImportPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fields, dryRun }: { file: File; fields: PlanFields; dryRun: boolean }) => importPlan(file, fields, dryRun),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: queryKeys.plans.all });
    },
  });
}
