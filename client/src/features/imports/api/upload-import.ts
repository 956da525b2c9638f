import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportBatch } from '@psm/server/contract';
import { ApiError } from '../../../lib/api-client';
import { csrfToken } from '../../../lib/csrf';
import { queryKeys } from '../../../lib/query-keys';

export type UploadProgress = { loaded: number; total: number; percent: number };

function problemOf(xhr: XMLHttpRequest): Record<string, unknown> {
  try {
    const body = JSON.parse(xhr.responseText) as unknown;
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * POST /api/imports (multipart) through XMLHttpRequest, the one browser API that reports upload progress.
 * Resolves with the batch (202: its preview has started); rejects with ApiError like the other calls.
 * Like apiSend, it carries the session's CSRF token.
 */
export function uploadImport(
  form: FormData,
  { onProgress, signal }: { onProgress?: (p: UploadProgress) => void; signal?: AbortSignal } = {},
): Promise<ImportBatch> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.setRequestHeader('Accept', 'application/json');
    const token = csrfToken();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) {
        onProgress?.({ loaded: e.loaded, total: e.total, percent: Math.min(100, Math.floor((e.loaded / e.total) * 100)) });
      }
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(JSON.parse(xhr.responseText) as ImportBatch);
        return;
      }
      const problem = problemOf(xhr);
      const title = typeof problem.title === 'string' ? problem.title : xhr.statusText || `HTTP ${xhr.status}`;
      reject(new ApiError(xhr.status, title, typeof problem.detail === 'string' ? problem.detail : '', problem));
    };
    xhr.onerror = () =>
      reject(new ApiError(0, 'Servizio non raggiungibile / Service unreachable', 'Il server dei dati non risponde. / The data server does not answer.'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** The upload as a mutation, with its progress for the progress bar. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (form: FormData) => {
      setProgress({ loaded: 0, total: 0, percent: 0 });
      return uploadImport(form, { onProgress: setProgress });
    },
    onSuccess: (batch) => {
      queryClient.setQueryData(queryKeys.imports.detail(batch.id), { ...batch, report: null });
      void queryClient.invalidateQueries({ queryKey: queryKeys.imports.list() });
    },
  });
  return { ...mutation, progress };
}
