import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportCreate, ReportOut, ReportPatch } from '@psm/server/contract';
import { apiSend } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { reportPath, type ReportForEdit } from './get-report';

const withEtag = ({ data, headers }: { data: ReportOut; headers: Headers }): ReportForEdit => ({ report: data, etag: headers.get('ETag') ?? `"v${data.version}-"` });

/** POST /api/reports → 201 (400 naming the field). */
export const createReport = async (body: ReportCreate) => withEtag(await apiSend<ReportOut>('POST', '/api/reports', { body }));

/** PATCH /api/reports/:id with If-Match: 409 with currentVersion when someone saved in between, 409 when final. */
export const updateReport = async ({ id, etag, body }: { id: number; etag: string; body: ReportPatch }) =>
  withEtag(await apiSend<ReportOut>('PATCH', reportPath(id), { body, ifMatch: etag }));

/** POST /api/reports/:id/finalise with If-Match: the report is frozen. */
export const finaliseReport = async ({ id, etag }: { id: number; etag: string }) => withEtag(await apiSend<ReportOut>('POST', `${reportPath(id)}/finalise`, { ifMatch: etag }));

/** POST /api/reports/:id/duplicate → a new draft. */
export const duplicateReport = async ({ id, body }: { id: number; body: { title?: string; referenceDate?: string } }) =>
  withEtag(await apiSend<ReportOut>('POST', `${reportPath(id)}/duplicate`, { body }));

/** A write: its answer becomes the report on screen (with the new ETag); the list and the preview are read again. */
function useReportMutation<V>(fn: (v: V) => Promise<ReportForEdit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.reports.detail(saved.report.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports.list() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.reports.document(saved.report.id) });
    },
  });
}

export const useCreateReport = () => useReportMutation(createReport);
export const useUpdateReport = () => useReportMutation(updateReport);
export const useFinaliseReport = () => useReportMutation(finaliseReport);
export const useDuplicateReport = () => useReportMutation(duplicateReport);
