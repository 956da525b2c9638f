import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReportDocument } from '@psm/server/contract';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { reportPath } from './get-report';

/** GET /api/reports/:id/document: the report resolved as the exports show it, with the proposed sentences and revised values. */
export const getReportDocument = (id: number, signal?: AbortSignal) => apiGet<ReportDocument>(`${reportPath(id)}/document`, { signal, cache: 'no-cache' });

export const reportDocumentQueryOptions = (id: number) =>
  queryOptions({ queryKey: queryKeys.reports.document(id), queryFn: ({ signal }) => getReportDocument(id, signal), refetchOnWindowFocus: false });

export const useReportDocument = (id: number) => useQuery(reportDocumentQueryOptions(id));

/** The export files (plain links: the browser downloads them). */
export const reportExportUrl = (id: number, format: 'docx' | 'pdf') => `${reportPath(id)}/export.${format}`;
